package io.github.servicestarter.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@code service:install} and {@code service:unit}.
 *
 * @author Service Starter contributors
 */
@ConfigurationProperties("service.install")
public class InstallProperties {

	/**
	 * Whether to install a user unit (the user's own systemd manager) rather than a system
	 * unit. Defaults to a system unit for root and a user unit for other users.
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
		this.restartDelay = restartDelay;
	}

	public @Nullable String getRunAs() {
		return this.runAs;
	}

	public void setRunAs(@Nullable String runAs) {
		this.runAs = runAs;
	}

}
