/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.servicestarter.lifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.github.servicestarter.manager.DaemonScheduler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the application's health on a thread of its own and keeps the last answer, so
 * that the watchdog, the status line and the stop never wait for a health check. A check
 * still running after the timeout makes the status {@value #UNKNOWN} until it answers: a
 * slow check neither stops the pings nor counts as {@code DOWN}.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class HealthMonitor {

	/** The status while no check has answered in time. */
	public static final String UNKNOWN = "UNKNOWN";

	static final String THREAD_NAME = "service-health";

	private static final Log logger = LogFactory.getLog(HealthMonitor.class);

	private final HealthStatusSource source;

	private final Duration timeout;

	private final LongSupplier nanoClock;

	private volatile @Nullable String status;

	private volatile long checkStartedNanos = -1;

	private volatile Consumer<String> changeListener = (status) -> {
	};

	private final DaemonScheduler scheduler = new DaemonScheduler(THREAD_NAME);

	private final AtomicBoolean checkQueued = new AtomicBoolean();

	private volatile boolean stopped;

	private final AtomicBoolean slowCheckReported = new AtomicBoolean();

	/** Held by a check only: status(), start() and stop() never wait for a check. */
	private final Object checkLock = new Object();

	/**
	 * Create a monitor; it checks nothing until {@link #start(Duration)}.
	 * @param source the blocking health source
	 * @param timeout how long a check may run before the status is {@value #UNKNOWN}
	 */
	public HealthMonitor(HealthStatusSource source, Duration timeout) {
		this(source, timeout, System::nanoTime);
	}

	HealthMonitor(HealthStatusSource source, Duration timeout, LongSupplier nanoClock) {
		this.source = source;
		this.timeout = timeout;
		this.nanoClock = nanoClock;
	}

	/**
	 * Check health now and then every interval, from a daemon thread.
	 * @param interval the pause between the end of one check and the start of the next
	 */
	public synchronized void start(Duration interval) {
		if (this.scheduler.isRunning()) {
			return;
		}
		this.scheduler.withFixedDelay(this::check, interval);
	}

	/**
	 * Start one check on the monitor's thread, unless one is queued or running, and
	 * return at once: for a caller that reads {@link #status()} at its own pace and must
	 * never wait for a check. Not combined with {@link #start(Duration)} on one monitor.
	 */
	public synchronized void checkInBackground() {
		if (this.stopped || !this.checkQueued.compareAndSet(false, true)) {
			return;
		}
		this.scheduler.execute(() -> {
			try {
				check();
			}
			finally {
				this.checkQueued.set(false);
			}
		});
	}

	/**
	 * Stop checking, without waiting for a check in flight.
	 */
	public synchronized void stop() {
		this.stopped = true;
		this.scheduler.stop();
		this.changeListener = (status) -> {
		};
	}

	/**
	 * Return whether its thread runs.
	 * @return whether it runs
	 */
	boolean isRunning() {
		return this.scheduler.isRunning();
	}

	/**
	 * Call the listener, on the monitor's thread, each time a check answers with another
	 * status than the one before (the first answer included).
	 * @param listener the listener
	 */
	public void onChange(Consumer<String> listener) {
		this.changeListener = listener;
	}

	/**
	 * Return the status without waiting.
	 * @return the last answer, {@value #UNKNOWN} while a check has been running longer
	 * than the timeout, or empty before the first answer
	 */
	public Optional<String> status() {
		long started = this.checkStartedNanos;
		if (started >= 0 && this.nanoClock.getAsLong() - started > this.timeout.toNanos()) {
			reportSlowCheck();
			return Optional.of(UNKNOWN);
		}
		return Optional.ofNullable(this.status);
	}

	/**
	 * Run one health check on the calling thread and keep its answer.
	 */
	void check() {
		synchronized (this.checkLock) {
			this.checkStartedNanos = this.nanoClock.getAsLong();
			String answer;
			try {
				answer = this.source.status();
			}
			catch (RuntimeException ex) {
				logger.debug("Health check failed", ex);
				answer = UNKNOWN;
			}
			finally {
				this.checkStartedNanos = -1;
			}
			String previous = this.status;
			this.status = answer;
			if (!Objects.equals(previous, answer)) {
				this.changeListener.accept(answer);
			}
		}
	}

	private void reportSlowCheck() {
		if (this.slowCheckReported.compareAndSet(false, true)) {
			logger.warn("A health check has been running for longer than service.watchdog.health-timeout ("
					+ this.timeout.toMillis() + " ms); health counts as " + UNKNOWN + " until it answers, which "
					+ "keeps the watchdog pinging. Make the slow health indicator faster or give it a timeout.");
		}
	}

}
