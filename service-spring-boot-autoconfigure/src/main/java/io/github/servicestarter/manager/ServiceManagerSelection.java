package io.github.servicestarter.manager;

/**
 * How the service manager is chosen: detected, or forced by configuration.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum ServiceManagerSelection {

	/**
	 * Detect the manager from the process environment.
	 */
	AUTO,

	/**
	 * Behave as launched by systemd whatever detection says.
	 */
	SYSTEMD,

	/**
	 * Behave as launched by the Windows Service Control Manager whatever detection says.
	 */
	WINDOWS,

	/**
	 * Never integrate with a service manager.
	 */
	NONE

}
