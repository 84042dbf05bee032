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

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;

/**
 * Explains an invalid {@code service.*} setting: which property, which value, what is
 * wrong with it and where to correct it. Ahead of Spring Boot's general analysis of bind
 * failures, which does not know the starter's settings; {@code service:install} prints
 * the same words when it refuses to install.
 *
 * @author Service Starter contributors
 */
class InvalidServiceSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	private static final String PREFIX = "service";

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		if (!isServiceSetting(cause)) {
			return null;
		}
		return new FailureAnalysis(describe(cause), action(cause), cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * Return whether a bind failure is about one of the starter's settings.
	 * @param failure the failure
	 * @return whether it names a {@code service.*} property
	 */
	static boolean isServiceSetting(BindException failure) {
		String name = failure.getName().toString();
		return name.equals(PREFIX) || name.startsWith(PREFIX + ".");
	}

	/**
	 * Describe an invalid setting: its name, its value and what is wrong with it.
	 * @param failure the bind failure
	 * @return the description
	 */
	static String describe(BindException failure) {
		return "Invalid setting " + setting(failure) + ": "
				+ problem(failure, NestedExceptionUtils.getMostSpecificCause(failure));
	}

	private static @Nullable String problem(BindException failure, Throwable cause) {
		Class<?> type = failure.getTarget().getType().resolve();
		if (type != null && type.isEnum() && failure.getProperty() != null) {
			return "it must be one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.collect(Collectors.joining(", "));
		}
		return cause.getMessage();
	}

	private static String action(BindException failure) {
		String where = (failure.getProperty() != null && failure.getProperty().getOrigin() != null)
				? " (set in " + failure.getProperty().getOrigin() + ")" : "";
		String name = (failure.getProperty() != null) ? failure.getProperty().getName().toString()
				: failure.getName().toString();
		return "Correct " + name + where + ", or remove it to use the default. The starter's settings and their "
				+ "valid values are listed in docs/configuration.md.";
	}

	private static String setting(BindException failure) {
		return (failure.getProperty() != null)
				? failure.getProperty().getName() + "=" + failure.getProperty().getValue()
				: failure.getName().toString();
	}

}
