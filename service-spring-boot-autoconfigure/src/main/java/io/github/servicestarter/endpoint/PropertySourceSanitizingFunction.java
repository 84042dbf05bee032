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
