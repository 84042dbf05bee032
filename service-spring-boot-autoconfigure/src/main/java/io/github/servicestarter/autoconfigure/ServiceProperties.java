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

package io.github.servicestarter.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import io.github.servicestarter.logging.JournalLoggingMode;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerSelection;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the service starter.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@ConfigurationProperties("service")
public class ServiceProperties {

	/**
	 * Whether to integrate with the service manager that launched the application.
	 */
	private boolean enabled = true;

	/**
	 * Service manager to integrate with: detected from the process environment, or
	 * forced.
	 */
	private ServiceManagerSelection manager = ServiceManagerSelection.AUTO;

	/**
	 * Name of the service. Defaults to the systemd unit name, then to
	 * spring.application.name. Names the state directory and tags the service.info meter.
	 */
	private @Nullable String name;

	/**
	 * Directory for the service's state (the restart journal). Defaults to the systemd
	 * StateDirectory=, otherwise /var/lib/<name> for root, ~/.local/state/<name> for
	 * other users and %ProgramData%\<name> on Windows.
	 */
	private @Nullable Path stateDirectory;

	private final Startup startup = new Startup();

	private final Watchdog watchdog = new Watchdog();

	private final Shutdown shutdown = new Shutdown();

	private final Reload reload = new Reload();

	private final Windows windows = new Windows();

	private final Dumps dumps = new Dumps();

	private final Logging logging = new Logging();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public ServiceManagerSelection getManager() {
		return this.manager;
	}

	public void setManager(ServiceManagerSelection manager) {
		this.manager = manager;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		if (name != null && !ServiceIdentity.isValidName(name)) {
			throw new IllegalArgumentException("service.name '" + name + "' must start with a letter or digit and "
					+ "contain only letters, digits and . _ - @ (it names a directory and a service)");
		}
		this.name = name;
	}

	public @Nullable Path getStateDirectory() {
		return this.stateDirectory;
	}

	public void setStateDirectory(@Nullable Path stateDirectory) {
		this.stateDirectory = stateDirectory;
	}

	public Startup getStartup() {
		return this.startup;
	}

	public Watchdog getWatchdog() {
		return this.watchdog;
	}

	public Shutdown getShutdown() {
		return this.shutdown;
	}

	public Reload getReload() {
		return this.reload;
	}

	public Windows getWindows() {
		return this.windows;
	}

	public Dumps getDumps() {
		return this.dumps;
	}

	public Logging getLogging() {
		return this.logging;
	}

	static Duration requirePositive(Duration value, String property) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(
					property + " must be a positive duration, such as 30s, but was " + value);
		}
		return value;
	}

	/**
	 * Start-up progress settings.
	 */
	public static class Startup {

		/**
		 * How long the service manager waits for the next sign of start-up progress (a
		 * start-up phase or an initialised bean) before it gives up on the start.
		 */
		private Duration progressTimeout = Duration.ofSeconds(30);

		/**
		 * Upper bound on the whole start-up. Past it no more time is asked for, so a
		 * start that never finishes is ended by the service manager.
		 */
		private Duration timeout = Duration.ofMinutes(10);

		public Duration getProgressTimeout() {
			return this.progressTimeout;
		}

		public void setProgressTimeout(Duration progressTimeout) {
			this.progressTimeout = requirePositive(progressTimeout, "service.startup.progress-timeout");
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = requirePositive(timeout, "service.startup.timeout");
		}

	}

	/**
	 * Watchdog settings. Pings are sent only when the service manager asks for them
	 * ({@code WatchdogSec=} in a systemd unit).
	 */
	public static class Watchdog {

		/**
		 * Whether to answer the service manager's watchdog with keep-alive pings.
		 */
		private boolean enabled = true;

		/**
		 * How long the watchdog's health group may stay DOWN before watchdog pings stop
		 * and the service manager restarts the service.
		 */
		private Duration healthGrace = Duration.ofSeconds(60);

		/**
		 * The health group whose DOWN, for longer than health-grace, stops the watchdog's
		 * pings (a BROKEN liveness state always does). Spring Boot's liveness group by
		 * default, which exists unless management.endpoint.health.probes.enabled=false;
		 * without the group, the liveness state alone decides. Never the overall health:
		 * a database outage must not restart the service.
		 */
		private String healthGroup = "liveness";

		/**
		 * How long a health check may run before health counts as UNKNOWN (which does not
		 * stop the pings) until it answers. Health is checked on a thread of its own, so
		 * a slow check never delays a ping, the status line or the stop.
		 */
		private Duration healthTimeout = Duration.ofSeconds(10);

		/**
		 * Whether a BROKEN liveness state fires the watchdog at once, instead of letting
		 * it time out.
		 */
		private boolean triggerOnBroken;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getHealthGroup() {
			return this.healthGroup;
		}

		public void setHealthGroup(String healthGroup) {
			this.healthGroup = healthGroup;
		}

		public Duration getHealthGrace() {
			return this.healthGrace;
		}

		public void setHealthGrace(Duration healthGrace) {
			if (healthGrace.isNegative()) {
				throw new IllegalArgumentException(
						"service.watchdog.health-grace must not be negative, but was " + healthGrace);
			}
			this.healthGrace = healthGrace;
		}

		public Duration getHealthTimeout() {
			return this.healthTimeout;
		}

		public void setHealthTimeout(Duration healthTimeout) {
			if (healthTimeout.isNegative() || healthTimeout.isZero()) {
				throw new IllegalArgumentException(
						"service.watchdog.health-timeout must be positive, but was " + healthTimeout);
			}
			this.healthTimeout = healthTimeout;
		}

		public boolean isTriggerOnBroken() {
			return this.triggerOnBroken;
		}

		public void setTriggerOnBroken(boolean triggerOnBroken) {
			this.triggerOnBroken = triggerOnBroken;
		}

	}

	/**
	 * Shutdown progress settings. How long draining may take is Spring's own
	 * {@code spring.lifecycle.timeout-per-shutdown-phase}.
	 */
	public static class Shutdown {

		/**
		 * How much more time each shutdown progress report (one a second) asks the
		 * service manager for. Reports stop once draining has taken longer than
		 * spring.lifecycle.timeout-per-shutdown-phase plus this much.
		 */
		private Duration progressTimeout = Duration.ofSeconds(10);

		public Duration getProgressTimeout() {
			return this.progressTimeout;
		}

		public void setProgressTimeout(Duration progressTimeout) {
			this.progressTimeout = requirePositive(progressTimeout, "service.shutdown.progress-timeout");
		}

	}

	/**
	 * Settings of the state directory's dumps directory, where an installed service's JVM
	 * writes its heap dump on OutOfMemoryError and its fatal error report.
	 */
	public static class Dumps {

		/**
		 * How much the dumps directory may hold, a heap dump to come included; the oldest
		 * files are removed at start to make room, the newest always stays. Defaults to
		 * twice the largest heap (-Xmx).
		 */
		private @Nullable DataSize maxSize;

		public @Nullable DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(@Nullable DataSize maxSize) {
			if (maxSize != null && maxSize.toBytes() <= 0) {
				throw new IllegalArgumentException(
						"service.dumps.max-size must be positive, such as 2GB, but was " + maxSize);
			}
			this.maxSize = maxSize;
		}

	}

	/**
	 * Logging settings, read before the application context exists, when Spring Boot sets
	 * up logging.
	 */
	public static class Logging {

		private final Journal journal = new Journal();

		public Journal getJournal() {
			return this.journal;
		}

		/**
		 * The systemd journal.
		 */
		public static class Journal {

			/**
			 * How log events reach the systemd journal when the application's output is a
			 * journal stream (JOURNAL_STREAM): 'native' sends one journal entry per event
			 * with the whole stack trace and LOGGER, THREAD, EXCEPTION, TID and MDC
			 * fields; 'prefix' writes console lines with the journal's priority prefixes
			 * (<3> ... <7>); 'off' leaves the console output alone.
			 */
			private JournalLoggingMode mode = JournalLoggingMode.NATIVE;

			public JournalLoggingMode getMode() {
				return this.mode;
			}

			public void setMode(JournalLoggingMode mode) {
				this.mode = mode;
			}

		}

	}

	/**
	 * Reload settings.
	 */
	public static class Reload {

		/**
		 * Whether SIGHUP (systemctl reload) publishes a ServiceReloadEvent under systemd,
		 * instead of terminating the JVM.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Windows Service Control Manager settings.
	 */
	public static class Windows {

		/**
		 * Whether to accept the PRESHUTDOWN control, which gives the service the
		 * configured preshutdown time to drain when Windows shuts down, instead of the
		 * few seconds of SHUTDOWN.
		 */
		private boolean acceptPreshutdown = true;

		/**
		 * How long a stop may take from STOP_PENDING before the service reports
		 * SERVICE_STOPPED with ERROR_TIMEOUT (1460) and ends its process: the SCM itself
		 * never ends a stop. Defaults to spring.lifecycle.timeout-per-shutdown-phase plus
		 * service.shutdown.progress-timeout plus 15 seconds.
		 */
		private @Nullable Duration stopTimeout;

		private final Pause pause = new Pause();

		public Pause getPause() {
			return this.pause;
		}

		public @Nullable Duration getStopTimeout() {
			return this.stopTimeout;
		}

		public void setStopTimeout(@Nullable Duration stopTimeout) {
			if (stopTimeout != null && (stopTimeout.isNegative() || stopTimeout.isZero())) {
				throw new IllegalArgumentException(
						"service.windows.stop-timeout must be a positive duration, such as 60s, but was "
								+ stopTimeout);
			}
			this.stopTimeout = stopTimeout;
		}

		public boolean isAcceptPreshutdown() {
			return this.acceptPreshutdown;
		}

		public void setAcceptPreshutdown(boolean acceptPreshutdown) {
			this.acceptPreshutdown = acceptPreshutdown;
		}

		/**
		 * Pause and continue (the SCM's PAUSE and CONTINUE controls).
		 */
		public static class Pause {

			/**
			 * Whether the service accepts PAUSE and CONTINUE: a pause sets readiness to
			 * REFUSING_TRAFFIC and pauses the application context (schedulers, executors
			 * and message listener containers stop; the web server keeps serving).
			 */
			private boolean enabled = true;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

		}

	}

}
