package io.github.servicestarter.manager;

/**
 * Service managers the process can run under.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum ServiceManager {

	/**
	 * The process was launched by systemd (a system or user manager).
	 */
	SYSTEMD,

	/**
	 * The process was launched by the Windows Service Control Manager.
	 */
	WINDOWS,

	/**
	 * No service manager: a console run, a test, or a manager we do not integrate with.
	 */
	NONE

}
