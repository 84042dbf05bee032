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

package io.github.servicestarter.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.servicestarter.windows.WindowsServiceSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code service:install} and {@code service:unit}.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@ConfigurationProperties("service.install")
public class InstallProperties {

	/**
	 * Whether to install a user unit (the user's own systemd manager) rather than a
	 * system unit. Defaults to a system unit for root and a user unit for other users.
	 */
	private @Nullable Boolean user;

	/**
	 * Whether to replace an installed service of the same name.
	 */
	private boolean force;

	/**
	 * Whether to start the service once it is installed.
	 */
	private boolean start = true;

	/**
	 * Description of the service. Defaults to "<name> (Spring Boot service)".
	 */
	private @Nullable String description;

	/**
	 * JVM options to add to those the install command runs with.
	 */
	private List<String> jvmOptions = new ArrayList<>();

	/**
	 * Watchdog timeout of the service (WatchdogSec=); 0 for no watchdog.
	 */
	private Duration watchdog = Duration.ofSeconds(30);

	/**
	 * How long the service manager waits before restarting a failed service.
	 */
	private Duration restartDelay = Duration.ofSeconds(5);

	/**
	 * User a system unit runs as. Defaults to a dynamic user allocated by systemd.
	 */
	private @Nullable String runAs;

	/**
	 * Whether to install a systemd socket unit (<name>.socket) that listens on
	 * server.address and server.port and passes the socket to the service, so that
	 * restarts refuse no connection.
	 */
	private boolean socketActivation;

	/**
	 * Whether service.install.jvm-options may hold options that load code into the
	 * service (-javaagent:, -agentlib:, -agentpath:, -Xrun, -Xdebug, -Xbootclasspath,
	 * -XX:OnError=, -XX:OnOutOfMemoryError=). Taken from the command line only, with the
	 * options themselves.
	 */
	private boolean allowAgents;

	/**
	 * Whether service.install.run-as may name root. Taken from the command line only.
	 */
	private boolean allowRoot;

	/**
	 * Whether to install although users other than root (or the administrators) and the
	 * service's own user can change the jar, a directory above it, its configuration or
	 * the JDK. Taken from the command line only.
	 */
	private boolean allowWritablePaths;

	/**
	 * Whether the service's JVM ends on an OutOfMemoryError (-XX:+ExitOnOutOfMemoryError,
	 * exit status 3), so that the service manager restarts it instead of it running on
	 * half-dead.
	 */
	private boolean exitOnOutOfMemory = true;

	/**
	 * Whether the service's JVM writes a heap dump on an OutOfMemoryError into the state
	 * directory's dumps directory, within service.dumps.max-size.
	 */
	private boolean heapDumpOnOutOfMemory = true;

	/**
	 * Whether the service's JVM writes its fatal error report (hs_err_pid<pid>.log) into
	 * the state directory's dumps directory rather than its working directory.
	 */
	private boolean errorFileInStateDirectory = true;

	/**
	 * Whether the service starts from a start-up cache: the jar extracted into a
	 * directory only root (or the administrators) write and a class data archive made by
	 * a training run (a dynamic CDS archive under systemd, a static one on Windows, from
	 * JDK 25 an AOT cache). systemd makes it anew before a start when the jar or the JVM
	 * changed; on Windows the service then runs the jar itself until service:restart
	 * makes it anew.
	 */
	private boolean startupCache = true;

	/**
	 * Arguments for the start-up cache's training run alone, after the service's own
	 * (such as --spring.profiles.active=training).
	 */
	private List<String> trainingArguments = new ArrayList<>();

	/**
	 * Secrets to store with the service, by the property each sets (such as
	 * spring.datasource.password), each from file:<path>, env:<variable> or stdin; never
	 * the value itself. systemd keeps them encrypted as credentials, Windows with DPAPI
	 * in the state directory.
	 */
	private Map<String, String> secret = new LinkedHashMap<>();

	private final Windows windows = new Windows();

	public @Nullable Boolean getUser() {
		return this.user;
	}

	public void setUser(@Nullable Boolean user) {
		this.user = user;
	}

	public boolean isForce() {
		return this.force;
	}

	public void setForce(boolean force) {
		this.force = force;
	}

	public boolean isStart() {
		return this.start;
	}

	public void setStart(boolean start) {
		this.start = start;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public List<String> getJvmOptions() {
		return this.jvmOptions;
	}

	public void setJvmOptions(List<String> jvmOptions) {
		this.jvmOptions = jvmOptions;
	}

	public Duration getWatchdog() {
		return this.watchdog;
	}

	public void setWatchdog(Duration watchdog) {
		if (watchdog.isNegative()) {
			throw new IllegalArgumentException("service.install.watchdog must not be negative, but was " + watchdog);
		}
		this.watchdog = watchdog;
	}

	public Duration getRestartDelay() {
		return this.restartDelay;
	}

	public void setRestartDelay(Duration restartDelay) {
		if (restartDelay.isNegative()) {
			throw new IllegalArgumentException(
					"service.install.restart-delay must not be negative, but was " + restartDelay);
		}
		this.restartDelay = restartDelay;
	}

	public boolean isSocketActivation() {
		return this.socketActivation;
	}

	public void setSocketActivation(boolean socketActivation) {
		this.socketActivation = socketActivation;
	}

	public boolean isAllowAgents() {
		return this.allowAgents;
	}

	public void setAllowAgents(boolean allowAgents) {
		this.allowAgents = allowAgents;
	}

	public boolean isAllowRoot() {
		return this.allowRoot;
	}

	public void setAllowRoot(boolean allowRoot) {
		this.allowRoot = allowRoot;
	}

	public boolean isAllowWritablePaths() {
		return this.allowWritablePaths;
	}

	public void setAllowWritablePaths(boolean allowWritablePaths) {
		this.allowWritablePaths = allowWritablePaths;
	}

	public boolean isExitOnOutOfMemory() {
		return this.exitOnOutOfMemory;
	}

	public void setExitOnOutOfMemory(boolean exitOnOutOfMemory) {
		this.exitOnOutOfMemory = exitOnOutOfMemory;
	}

	public boolean isHeapDumpOnOutOfMemory() {
		return this.heapDumpOnOutOfMemory;
	}

	public void setHeapDumpOnOutOfMemory(boolean heapDumpOnOutOfMemory) {
		this.heapDumpOnOutOfMemory = heapDumpOnOutOfMemory;
	}

	public boolean isErrorFileInStateDirectory() {
		return this.errorFileInStateDirectory;
	}

	public void setErrorFileInStateDirectory(boolean errorFileInStateDirectory) {
		this.errorFileInStateDirectory = errorFileInStateDirectory;
	}

	public boolean isStartupCache() {
		return this.startupCache;
	}

	public void setStartupCache(boolean startupCache) {
		this.startupCache = startupCache;
	}

	public List<String> getTrainingArguments() {
		return this.trainingArguments;
	}

	public void setTrainingArguments(List<String> trainingArguments) {
		this.trainingArguments = trainingArguments;
	}

	public Map<String, String> getSecret() {
		return this.secret;
	}

	public void setSecret(Map<String, String> secret) {
		this.secret = secret;
	}

	public Windows getWindows() {
		return this.windows;
	}

	public @Nullable String getRunAs() {
		return this.runAs;
	}

	public void setRunAs(@Nullable String runAs) {
		this.runAs = runAs;
	}

	/**
	 * Settings of a Windows service registration.
	 */
	public static class Windows {

		private static final Duration MAX_DWORD_MILLIS = Duration.ofMillis(0xFFFFFFFEL);

		/**
		 * How the service starts: auto, delayed-auto or manual.
		 */
		private WindowsServiceSpec.StartType startType = WindowsServiceSpec.StartType.AUTO;

		/**
		 * Account the service runs as: virtual (its own NT SERVICE\<name> account),
		 * local-service, network-service, local-system, or an account name such as a
		 * group managed service account (DOMAIN\name$).
		 */
		private String account = "virtual";

		/**
		 * Delays of the recovery actions, one restart each, for the first, second and
		 * later failures.
		 */
		private List<Duration> restartDelays = new ArrayList<>(
				List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60)));

		/**
		 * After how long without failure the failure count starts again.
		 */
		private Duration failureResetPeriod = Duration.ofDays(1);

		/**
		 * How long Windows waits for the service at system shutdown. Defaults to
		 * spring.lifecycle.timeout-per-shutdown-phase plus 15 seconds.
		 */
		private @Nullable Duration preshutdownTimeout;

		public WindowsServiceSpec.StartType getStartType() {
			return this.startType;
		}

		public void setStartType(WindowsServiceSpec.StartType startType) {
			this.startType = startType;
		}

		public String getAccount() {
			return this.account;
		}

		public void setAccount(String account) {
			this.account = account;
		}

		public List<Duration> getRestartDelays() {
			return this.restartDelays;
		}

		public void setRestartDelays(List<Duration> restartDelays) {
			restartDelays.forEach((delay) -> requireDword("service.install.windows.restart-delays", delay));
			this.restartDelays = restartDelays;
		}

		public Duration getFailureResetPeriod() {
			return this.failureResetPeriod;
		}

		public void setFailureResetPeriod(Duration failureResetPeriod) {
			requireDword("service.install.windows.failure-reset-period", failureResetPeriod);
			this.failureResetPeriod = failureResetPeriod;
		}

		public @Nullable Duration getPreshutdownTimeout() {
			return this.preshutdownTimeout;
		}

		public void setPreshutdownTimeout(@Nullable Duration preshutdownTimeout) {
			if (preshutdownTimeout != null) {
				requireDword("service.install.windows.preshutdown-timeout", preshutdownTimeout);
			}
			this.preshutdownTimeout = preshutdownTimeout;
		}

		/**
		 * The SCM takes these durations as DWORD milliseconds (SC_ACTION.Delay,
		 * SERVICE_PRESHUTDOWN_INFO) or seconds (dwResetPeriod, where 0xFFFFFFFF is
		 * INFINITE): a negative value would wrap to about 49 days, or to "never".
		 */
		private static void requireDword(String property, Duration duration) {
			if (duration.isNegative() || duration.compareTo(MAX_DWORD_MILLIS) > 0) {
				throw new IllegalArgumentException(property + " must be between 0 and " + MAX_DWORD_MILLIS.toDays()
						+ " days, but was " + duration);
			}
		}

	}

}
