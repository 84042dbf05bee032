package io.github.servicestarter.endpoint;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.core.env.PropertySource;

/**
 * Masks every value of one property source in Actuator's {@code env} and
 * {@code configprops} endpoints, whatever {@code show-values} says: the service's
 * secrets.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class PropertySourceSanitizingFunction implements SanitizingFunction {

	private final String propertySource;

	/**
	 * Create the function.
	 * @param propertySource the name of the property source whose values are masked
	 */
	public PropertySourceSanitizingFunction(String propertySource) {
		this.propertySource = propertySource;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		PropertySource<?> source = data.getPropertySource();
		return (source != null && this.propertySource.equals(source.getName())) ? data.withSanitizedValue() : data;
	}

}
