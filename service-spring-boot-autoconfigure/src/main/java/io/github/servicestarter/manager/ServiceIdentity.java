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

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who the service is and where it keeps its state, worked out in one place for everyone
 * who needs it: the early listener, the auto-configuration, the journal logging, the
 * command line and both installers.
 *
 * @param name the service name
 * @param unit the systemd unit, e.g. {@code app.service}, or {@code null}
 * @param stateDirectory the directory of the service's state (its restart journal)
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ServiceIdentity(String name, @Nullable String unit, Path stateDirectory) {

	/** The setting that names the service. */
	public static final String NAME_PROPERTY = "service.name";

	/** The setting that places the service's state. */
	public static final String STATE_DIRECTORY_PROPERTY = "service.state-directory";

	/** The application's own name, the last configured fallback. */
	public static final String APPLICATION_NAME_PROPERTY = "spring.application.name";

	/** The state directory's directory of the service's own logs and standard error. */
	public static final String LOGS_DIRECTORY = "logs";

	/**
	 * Directory of the state directory that holds a Windows service's secrets, encrypted.
	 */
	public static final String SECRETS_DIRECTORY = "secrets";

	/** Directory of the state directory that holds heap dumps and fatal error reports. */
	public static final String DUMPS_DIRECTORY = "dumps";

	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,254}");

	public ServiceIdentity {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(stateDirectory, "stateDirectory must not be null");
	}

	/**
	 * Work out the service's identity. The name is the configured {@code service.name},
	 * else the systemd unit's name without {@code .service}, else
	 * {@code spring.application.name}, else the jar's name without {@code .jar}, else
	 * {@code application}. The state directory is the configured
	 * {@code service.state-directory}, else the host's
	 * {@linkplain HostFacts#defaultStateDirectory default} for that name.
	 * @param settings the value of a setting by its key, {@code null} when unset (an
	 * environment's {@code getProperty}); read as text, so that a bad value elsewhere
	 * never stops the service from knowing its name
	 * @param unit the systemd unit this process runs in, or {@code null}
	 * @param jar the application's jar, or {@code null} when it is not run from one
	 * @param host the host's facts
	 * @return the identity
	 */
	public static ServiceIdentity resolve(Function<String, @Nullable String> settings, @Nullable String unit,
			@Nullable Path jar, HostFacts host) {
		String name = resolveName(settings, unit, jar);
		String configuredDirectory = text(settings.apply(STATE_DIRECTORY_PROPERTY));
		Path stateDirectory = (configuredDirectory != null) ? Path.of(configuredDirectory)
				: host.defaultStateDirectory(name);
		return new ServiceIdentity(name, unit, stateDirectory);
	}

	/**
	 * Work out the service's name alone, as {@link #resolve} does, for those who need
	 * nothing else: it asks the host nothing (on Windows, the known folder of the state
	 * directory).
	 * @param settings the value of a setting by its key, {@code null} when unset
	 * @param unit the systemd unit this process runs in, or {@code null}
	 * @param jar the application's jar, or {@code null} when it is not run from one
	 * @return the name
	 */
	public static String resolveName(Function<String, @Nullable String> settings, @Nullable String unit,
			@Nullable Path jar) {
		String name = text(settings.apply(NAME_PROPERTY));
		if (name == null && unit != null) {
			name = ServiceUnitName.serviceName(unit);
		}
		if (name == null) {
			name = text(settings.apply(APPLICATION_NAME_PROPERTY));
		}
		if (name == null && jar != null) {
			name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
		}
		return (name != null) ? name : "application";
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Return whether this identity's name can name a service on every manager (and its
	 * state directory).
	 * @return whether the name is valid
	 * @see #isValidName(String)
	 */
	public boolean hasValidName() {
		return isValidName(this.name);
	}

	/**
	 * Return where the log goes when the application sets no log file of its own and no
	 * console takes it (a Windows service): {@code <state directory>/logs/<name>.log}.
	 * @return the default log file
	 */
	public Path defaultLogFile() {
		return logsDirectory().resolve(this.name + ".log");
	}

	/**
	 * Return where a Windows service's standard error goes, which has no console:
	 * {@code <state directory>/logs/<name>.err.log}.
	 * @return the file
	 */
	public Path standardErrorFile() {
		return logsDirectory().resolve(this.name + ".err.log");
	}

	/**
	 * Return where a Windows service's JVM logs what it would log to the console
	 * ({@code -verbose}, {@code -Xlog} without a file, its warnings):
	 * {@code <state directory>/logs/<name>.jvm.log}.
	 * @return the file
	 */
	public Path jvmLogFile() {
		return logsDirectory().resolve(this.name + ".jvm.log");
	}

	/**
	 * Return the directory of the heap dumps and fatal error reports the service's JVM
	 * leaves: {@code <state directory>/dumps}.
	 * @return the directory
	 */
	public Path dumpsDirectory() {
		return this.stateDirectory.resolve(DUMPS_DIRECTORY);
	}

	/**
	 * Return the directory of the service's own log files and standard error:
	 * {@code <state directory>/logs}.
	 * @return the directory
	 */
	public Path logsDirectory() {
		return this.stateDirectory.resolve(LOGS_DIRECTORY);
	}

	/**
	 * Return whether a name can name a service on every manager (and its state
	 * directory): a letter or digit, then letters, digits and {@code . _ - @}.
	 * @param name the name
	 * @return whether it is valid
	 */
	public static boolean isValidName(String name) {
		return VALID_NAME.matcher(name).matches();
	}

}
