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

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The two settings every reader before the application context needs: whether the starter
 * is on ({@code service.enabled}) and which service manager to detect
 * ({@code service.manager}). Read leniently, as text, the way Spring Boot converts them:
 * an invalid value reads as its default here and fails the start later, with its failure
 * analysis, when the settings are bound for real.
 *
 * @param enabled whether the starter is on
 * @param selection how the service manager is chosen
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ServiceManagerSettings(boolean enabled, ServiceManagerSelection selection) {

	/** Spring Boot's words for false; anything else leaves the starter on. */
	private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

	/**
	 * Read the settings.
	 * @param property the settings as text by name (an environment's {@code getProperty})
	 * @return the settings
	 */
	public static ServiceManagerSettings read(Function<String, @Nullable String> property) {
		return new ServiceManagerSettings(!FALSE.contains(normalized(property.apply("service.enabled"))),
				selection(property.apply("service.manager")));
	}

	private static ServiceManagerSelection selection(@Nullable String value) {
		String name = canonical(normalized(value));
		for (ServiceManagerSelection selection : ServiceManagerSelection.values()) {
			if (canonical(selection.name()).equals(name)) {
				return selection;
			}
		}
		return ServiceManagerSelection.AUTO;
	}

	private static String normalized(@Nullable String value) {
		return (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
	}

	/** Spring Boot's lenient enum match: case and separators do not count. */
	private static String canonical(String name) {
		StringBuilder canonical = new StringBuilder(name.length());
		name.codePoints()
			.filter(Character::isLetterOrDigit)
			.map(Character::toLowerCase)
			.forEach(canonical::appendCodePoint);
		return canonical.toString();
	}

}
