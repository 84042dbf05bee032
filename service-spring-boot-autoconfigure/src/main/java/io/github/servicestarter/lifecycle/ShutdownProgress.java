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
 * Reports shutdown progress to the service manager while the application context closes:
 * every second it asks for more time (systemd: {@code EXTEND_TIMEOUT_USEC}; the Windows
 * SCM: a new {@code STOP_PENDING} checkpoint), first while in-flight work drains, then
 * while the rest of the context closes. The extensions stop once the drain bound has
 * passed, so a shutdown that hangs is ended by the manager's own stop timeout.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ShutdownProgress {

	private static final Log logger = LogFactory.getLog(ShutdownProgress.class);

	static final String THREAD_NAME = "service-shutdown-progress";

	private static final Duration TICK = Duration.ofSeconds(1);

	private final ServiceNotifier notifier;

	private final Duration extension;

	private final Duration drainTimeout;

	private final LongSupplier nanoClock;

	private long beganNanos;

	private boolean draining;

	private boolean boundReported;

	private boolean finished;

	private final DaemonScheduler ticker = new DaemonScheduler(THREAD_NAME);

	/**
	 * Create a shutdown progress reporter.
	 * @param notifier the notifier
	 * @param extension how much more time each report asks for
	 * @param drainTimeout how long draining may take
	 * ({@code spring.lifecycle.timeout-per-shutdown-phase}); reports stop once it has
	 * passed
	 */
	public ShutdownProgress(ServiceNotifier notifier, Duration extension, Duration drainTimeout) {
		this(notifier, extension, drainTimeout, System::nanoTime);
	}

	ShutdownProgress(ServiceNotifier notifier, Duration extension, Duration drainTimeout, LongSupplier nanoClock) {
		this.notifier = notifier;
		this.extension = extension;
		this.drainTimeout = drainTimeout;
		this.nanoClock = nanoClock;
	}

	/**
	 * Shutdown has begun: start reporting, once a second, from a daemon thread; told to
	 * {@link ServiceNotifier#NONE}, nobody would hear it, so nothing starts.
	 */
	public synchronized void begin() {
		if (this.beganNanos != 0 || this.finished || this.notifier == ServiceNotifier.NONE) {
			return;
		}
		this.beganNanos = this.nanoClock.getAsLong();
		this.draining = true;
		report();
		this.ticker.atFixedRate(this::report, TICK, TICK);
	}

	/**
	 * Draining is over (the graceful shutdown phase has ended, completed or timed out).
	 */
	public synchronized void drained() {
		if (this.beganNanos == 0 || this.finished || !this.draining) {
			return;
		}
		this.draining = false;
		Duration elapsed = elapsed();
		if (elapsed.compareTo(this.drainTimeout) >= 0) {
			logger.warn("Draining did not finish within spring.lifecycle.timeout-per-shutdown-phase ("
					+ this.drainTimeout.toMillis() + " ms); work still in flight is cut off and the "
					+ "application stops now");
		}
		else {
			logger.info("Drained in-flight work in " + elapsed.toMillis() + " ms");
		}
		report();
	}

	/**
	 * The application context is closed: stop reporting.
	 */
	public synchronized void finish() {
		this.finished = true;
		this.ticker.stop();
	}

	/**
	 * Return whether its thread runs.
	 * @return whether it runs
	 */
	boolean isRunning() {
		return this.ticker.isRunning();
	}

	synchronized void report() {
		if (this.beganNanos == 0 || this.finished) {
			return;
		}
		Duration elapsed = elapsed();
		String status = (this.draining ? "Stopping: draining in-flight work" : "Stopping: closing application context")
				+ " (" + elapsed.toSeconds() + " s)";
		if (elapsed.compareTo(this.drainTimeout.plus(this.extension)) > 0) {
			if (!this.boundReported) {
				this.boundReported = true;
				logger.warn("Shutdown has taken " + elapsed.toSeconds() + " s, longer than the drain timeout plus "
						+ "service.shutdown.progress-timeout; no longer asking the service manager for more time");
				this.notifier.status(status);
			}
			return;
		}
		this.notifier.progress(status, this.extension);
	}

	private Duration elapsed() {
		return Duration.ofNanos(this.nanoClock.getAsLong() - this.beganNanos);
	}

}
