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

package io.github.servicestarter.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.servicestarter.manager.ControlCharacters;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Where each setting an install reads came from: the command line, a file (the current
 * directory's {@code application.properties} and {@code config/} included), the
 * environment or the jar. An install run as root prints them, and takes the settings that
 * let code into the service (agents, {@code run-as=root}) from the command line only.
 *
 * @author Service Starter contributors
 */
final class SettingSources {

	private static final ConfigurationPropertyName SERVICE = ConfigurationPropertyName.of("service");

	private static final String[] WEB_SETTINGS = { "server.address", "server.port" };

	private final Iterable<ConfigurationPropertySource> sources;

	SettingSources(Environment environment) {
		this.sources = ConfigurationPropertySources.get(environment);
	}

	/**
	 * Return a setting's name with where it was set, for messages.
	 * @param name the property name
	 * @return for example
	 * {@code service.install.run-as (set in URL [file:./config/application.properties] - 1:1)}
	 */
	String describe(String name) {
		ConfigurationProperty property = find(name);
		return (property != null) ? name + " (set in " + origin(property) + ")" : name;
	}

	/**
	 * Return whether a setting was given on the command line, where nothing but the
	 * person running the command puts it.
	 * @param name the property name
	 * @return whether its effective value comes from the command line
	 */
	boolean fromCommandLine(String name) {
		ConfigurationProperty property = find(name);
		return property != null && isCommandLine(property);
	}

	/**
	 * Return the {@code service.*}, {@code server.address} and {@code server.port}
	 * settings in effect, each with its printable value and where it was set.
	 * @return one line per setting, in the order of the sources
	 */
	Collection<String> effective() {
		Map<String, String> settings = new LinkedHashMap<>();
		for (ConfigurationPropertySource source : this.sources) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream()
					.filter((name) -> SERVICE.isAncestorOf(name) || isWebSetting(name))
					.forEach((name) -> settings.computeIfAbsent(name.toString(),
							(key) -> line(source.getConfigurationProperty(name))));
			}
		}
		return settings.values();
	}

	private @Nullable ConfigurationProperty find(String name) {
		ConfigurationPropertyName property = ConfigurationPropertyName.of(name);
		for (ConfigurationPropertySource source : this.sources) {
			ConfigurationProperty found = source.getConfigurationProperty(property);
			if (found == null) {
				found = source.getConfigurationProperty(property.append("[0]"));
			}
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable String line(@Nullable ConfigurationProperty property) {
		if (property == null) {
			return null;
		}
		return property.getName() + "=" + ControlCharacters.printable(String.valueOf(property.getValue())) + " (from "
				+ origin(property) + ")";
	}

	private static boolean isCommandLine(ConfigurationProperty property) {
		ConfigurationPropertySource source = property.getSource();
		return source != null && source.getUnderlyingSource() instanceof PropertySource<?> underlying
				&& CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME.equals(underlying.getName());
	}

	private static String origin(ConfigurationProperty property) {
		if (isCommandLine(property)) {
			return "the command line";
		}
		if (property.getOrigin() != null) {
			return property.getOrigin().toString();
		}
		ConfigurationPropertySource source = property.getSource();
		return String.valueOf((source != null) ? source.getUnderlyingSource() : null);
	}

	private static boolean isWebSetting(ConfigurationPropertyName name) {
		for (String setting : WEB_SETTINGS) {
			if (ConfigurationPropertyName.of(setting).equals(name)) {
				return true;
			}
		}
		return false;
	}

}
