package io.github.servicestarter.lifecycle;

/**
 * Where the service is in its life, as the service manager sees it.
 *
 * @author Service Starter contributors
 */
public enum ServiceState {

	/** Starting: the manager has not been told the service is ready yet. */
	STARTING,

	/** Ready and running. */
	RUNNING,

	/** Stopping: the application context is closing. */
	STOPPING

}
