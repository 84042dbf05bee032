package io.github.servicestarter.manager;

import java.util.Objects;

/**
 * Outcome of service manager detection: the manager and the rule that decided it, worded
 * for a person reading a log line or the service endpoint.
 *
 * @param manager the service manager the process runs under
 * @param rule the rule that decided, for example
 * {@code "SYSTEMD_EXEC_PID equals the process id"}
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ServiceManagerDetection(ServiceManager manager, String rule) {

	public ServiceManagerDetection {
		Objects.requireNonNull(manager, "manager must not be null");
		Objects.requireNonNull(rule, "rule must not be null");
	}

	/**
	 * Return a detection that found no service manager.
	 * @param rule why no manager applies
	 * @return the detection
	 */
	public static ServiceManagerDetection none(String rule) {
		return new ServiceManagerDetection(ServiceManager.NONE, rule);
	}

	/**
	 * Return whether the process runs under a service manager.
	 * @return {@code true} unless the manager is {@link ServiceManager#NONE}
	 */
	public boolean isManaged() {
		return this.manager != ServiceManager.NONE;
	}

	@Override
	public String toString() {
		return this.manager.name().toLowerCase(java.util.Locale.ROOT) + " (" + this.rule + ")";
	}

}
