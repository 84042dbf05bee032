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

package io.github.servicestarter.manager;

import org.jspecify.annotations.Nullable;

/**
 * The name of a service's systemd unit, {@code <name>.service}, in one place: made from a
 * service name, recognised, and taken back to the service name.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceUnitName {

	private static final String SUFFIX = ".service";

	private ServiceUnitName() {
	}

	/**
	 * Return the unit of a service.
	 * @param serviceName the service name
	 * @return {@code <name>.service}
	 */
	public static String of(String serviceName) {
		return serviceName + SUFFIX;
	}

	/**
	 * Return the directory of a service unit's drop-ins.
	 * @param serviceName the service name
	 * @return {@code <name>.service.d}
	 */
	public static String dropInDirectory(String serviceName) {
		return of(serviceName) + ".d";
	}

	/**
	 * Whether a unit (or unit file) name is a service's.
	 * @param unit the unit name
	 * @return {@code true} for {@code <name>.service}
	 */
	public static boolean isService(String unit) {
		return unit.endsWith(SUFFIX) && unit.length() > SUFFIX.length();
	}

	/**
	 * Return the service name of a service unit.
	 * @param unit the unit name
	 * @return the name before {@code .service}, or {@code null} when it is no service
	 * unit
	 */
	public static @Nullable String serviceName(String unit) {
		return isService(unit) ? unit.substring(0, unit.length() - SUFFIX.length()) : null;
	}

}
