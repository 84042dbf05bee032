package io.github.servicestarter.lifecycle;

/**
 * Where the service is in its life, as the service manager sees it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum ServiceState {

	/** Starting: the manager has not been told the service is ready yet. */
	STARTING,

	/** Ready and running. */
	RUNNING,

	/**
	 * Paused: the context's pauseable work stopped, the process and its web server run
	 * on.
	 */
	PAUSED,

	/** Stopping: the application context is closing. */
	STOPPING

}
