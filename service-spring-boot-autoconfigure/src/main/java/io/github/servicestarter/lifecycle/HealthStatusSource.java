package io.github.servicestarter.lifecycle;

/**
 * Supplies the application's aggregate health status code ({@code UP}, {@code DOWN},
 * ...). Backed by Actuator's health endpoint when Actuator is present.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface HealthStatusSource {

	/**
	 * Return the current aggregate health status code.
	 * @return the status code
	 */
	String status();

}
