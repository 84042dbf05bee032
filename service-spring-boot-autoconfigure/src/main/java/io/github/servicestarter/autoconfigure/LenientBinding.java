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

package io.github.servicestarter.autoconfigure;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Reads settings that are needed before the settings are validated (to connect to the
 * service manager in time): an invalid value gives the default here, and fails the start
 * later, with its analysis, when the properties are bound for real.
 *
 * @author Service Starter contributors
 */
final class LenientBinding {

	private LenientBinding() {
	}

	/**
	 * Bind a setting, or a group of them as the nested type of {@link ServiceProperties}
	 * that holds them, whose setters check each value: an invalid value leaves the whole
	 * group at its defaults.
	 * @param <T> the type
	 * @param binder the binder of the settings
	 * @param name the setting's or the group's name
	 * @param type the type
	 * @param fallback the value when it is unset or invalid
	 * @return the value
	 */
	static <T> T bind(Binder binder, String name, Class<T> type, T fallback) {
		try {
			return binder.bind(name, type).orElse(fallback);
		}
		catch (BindException ex) {
			return fallback;
		}
	}

	/**
	 * Bind {@code service.startup.*}.
	 * @param binder the binder of the settings
	 * @return the start-up settings, all defaults when one of them is invalid
	 */
	static ServiceProperties.Startup startup(Binder binder) {
		return bind(binder, "service.startup", ServiceProperties.Startup.class, new ServiceProperties.Startup());
	}

}
