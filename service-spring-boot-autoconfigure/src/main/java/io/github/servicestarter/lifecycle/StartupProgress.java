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
import java.util.function.LongSupplier;

import io.github.servicestarter.manager.DaemonScheduler;
import io.github.servicestarter.manager.ServiceNotifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Reports start-up progress to the service manager and extends its start timeout while,
 * and only while, start-up is progressing: each start-up phase and each initialised bean
 * counts as progress (bean ticks at most once a second), and so does each second while
 * the application runners run (they create no beans to count). Past the overall limit it
 * stops extending, so a start-up that never finishes is ended by the manager.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class StartupProgress {

	private static final Log logger = LogFactory.getLog(StartupProgress.class);

	static final String THREAD_NAME = "service-startup-progress";

	private static final long TICK_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

	private final ServiceNotifier notifier;

	private final Duration extension;

	private final long limitNanos;

	private final LongSupplier nanoClock;

	private final long startNanos;

	private long lastReportNanos;

	private int initializedBeans;

	private boolean finished;

	private final DaemonScheduler runnersTicker = new DaemonScheduler(THREAD_NAME);

	/**
	 * Create a progress reporter whose clock starts now.
	 * @param notifier the notifier
	 * @param extension how long the manager should wait for the next sign of progress
	 * @param limit how long start-up may take in all before extensions stop
	 */
	public StartupProgress(ServiceNotifier notifier, Duration extension, Duration limit) {
		this(notifier, extension, limit, System::nanoTime);
	}

	/**
	 * Return the progress of a run no manager hears: it reports nothing and starts no
	 * thread.
	 * @return the progress
	 */
	public static StartupProgress unreported() {
		return new StartupProgress(ServiceNotifier.NONE, Duration.ZERO, Duration.ZERO);
	}

	StartupProgress(ServiceNotifier notifier, Duration extension, Duration limit, LongSupplier nanoClock) {
		this.notifier = notifier;
		this.extension = extension;
		this.limitNanos = limit.toNanos();
		this.nanoClock = nanoClock;
		this.startNanos = nanoClock.getAsLong();
	}

	/**
	 * Report that start-up entered a new phase.
	 * @param description the phase, for example {@code "refreshing application context"}
	 */
	public synchronized void phase(String description) {
		report("Starting: " + description);
	}

	/**
	 * Count one initialised bean, reporting at most once a second.
	 */
	public synchronized void beanInitialized() {
		this.initializedBeans++;
		if (!this.finished && this.nanoClock.getAsLong() - this.lastReportNanos >= TICK_INTERVAL_NANOS) {
			report("Starting: " + this.initializedBeans + " beans initialized");
		}
	}

	/**
	 * The context is refreshed and the application runners run: report once a second
	 * until {@link #finish()}, from a daemon thread.
	 */
	public synchronized void runnersStarted() {
		if (this.finished || this.runnersTicker.isRunning() || this.notifier == ServiceNotifier.NONE) {
			return;
		}
		long runnersStartNanos = this.nanoClock.getAsLong();
		phase("running application runners");
		Duration tick = Duration.ofNanos(TICK_INTERVAL_NANOS);
		this.runnersTicker.atFixedRate(() -> runnersRunning(runnersStartNanos), tick, tick);
	}

	private synchronized void runnersRunning(long runnersStartNanos) {
		long seconds = Duration.ofNanos(this.nanoClock.getAsLong() - runnersStartNanos).toSeconds();
		report("Starting: running application runners (" + seconds + " s)");
	}

	/**
	 * Mark start-up as finished; later calls report nothing.
	 */
	public synchronized void finish() {
		this.finished = true;
		this.runnersTicker.stop();
	}

	/**
	 * Return whether its thread runs.
	 * @return whether it runs
	 */
	boolean isRunning() {
		return this.runnersTicker.isRunning();
	}

	private void report(String status) {
		if (this.finished || this.notifier == ServiceNotifier.NONE) {
			return;
		}
		long now = this.nanoClock.getAsLong();
		this.lastReportNanos = now;
		if (now - this.startNanos > this.limitNanos) {
			this.finished = true;
			logger.warn("Start-up has taken longer than service.startup.timeout ("
					+ Duration.ofNanos(this.limitNanos).toSeconds()
					+ " s); no longer asking the service manager for more time");
			this.notifier.status(status + " (start-up timeout exceeded)");
			return;
		}
		this.notifier.progress(status, this.extension);
	}

}
