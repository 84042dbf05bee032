package io.github.servicestarter.lifecycle;

/**
 * The health the watchdog follows besides the liveness state, read without waiting: a
 * health group of the application's, never its overall health.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface WatchdogHealth {

	/**
	 * Return the last known status, without waiting for a check.
	 * @return the status code, such as {@code UP}, {@code DOWN} or {@code UNKNOWN}
	 */
	String status();

	/**
	 * Return what the status is of, for messages.
	 * @return the description, such as {@code health group 'liveness'}
	 */
	default String description() {
		return "health";
	}

}
