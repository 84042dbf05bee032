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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.servicestarter.launch.StartupCacheLauncher;
import org.jspecify.annotations.Nullable;

/**
 * Whether a run started from its start-up cache, as what launched it says and as the JVM
 * shows. Under systemd the unit hands the archive option in {@code SERVICE_STARTUP_CACHE}
 * and the outcome of its last preparation in {@code SERVICE_STARTUP_CACHE_STATE} and
 * {@code SERVICE_STARTUP_CACHE_REASON}, and the JVM shows the archive mapped into memory.
 * On Windows the {@link StartupCacheLauncher} says whether the cache was stale, and the
 * JVM says it shares classes ({@code java.vm.info}).
 *
 * @param state the state
 * @param reason why the cache is not used, {@code null} when it is
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record StartupCacheUse(State state, @Nullable String reason) {

	/** The variable that holds the archive option, or nothing. */
	public static final String CACHE_VARIABLE = "SERVICE_STARTUP_CACHE";

	/**
	 * The variable that says how the last preparation ended: {@code used} or {@code off}.
	 */
	public static final String STATE_VARIABLE = "SERVICE_STARTUP_CACHE_STATE";

	/** The variable that says why the cache is off. */
	public static final String REASON_VARIABLE = "SERVICE_STARTUP_CACHE_REASON";

	/** Not started from a unit that keeps a cache. */
	public static final StartupCacheUse NONE = new StartupCacheUse(State.NONE, "the service was installed without one");

	/** The archive given, and not used; no path, since the endpoint shows the reason. */
	private static final StartupCacheUse NOT_MAPPED = new StartupCacheUse(State.REJECTED,
			"the JVM did not map the archive it was given (run it with -Xlog:cds or -Xlog:aot to see why)");

	/**
	 * Read the use of this run.
	 * @param variables the process environment
	 * @param mappedFiles the files this JVM mapped into memory, such as
	 * {@code /proc/self/maps} lists them
	 * @return the use
	 */
	public static StartupCacheUse of(Function<String, @Nullable String> variables, Stream<String> mappedFiles) {
		StartupCacheUse claimed = claimed(variables);
		if (claimed.state() != State.USED) {
			return claimed;
		}
		String option = String.valueOf(variables.apply(CACHE_VARIABLE));
		String archive = option.substring(option.indexOf('=') + 1);
		if (archive.isEmpty() || mappedFiles.noneMatch((line) -> line.endsWith(" " + archive))) {
			return NOT_MAPPED;
		}
		return new StartupCacheUse(State.USED, null);
	}

	/**
	 * Read what the unit says alone, without a process to check it against (a service
	 * that does not run).
	 * @param variables the unit's variables
	 * @return {@code used} when the unit gives an archive, else {@code off} with its
	 * reason, or {@link #NONE}
	 */
	public static StartupCacheUse claimed(Function<String, @Nullable String> variables) {
		String state = variables.apply(STATE_VARIABLE);
		if (state == null) {
			return NONE;
		}
		if (!state.equals("used")) {
			String reason = variables.apply(REASON_VARIABLE);
			return new StartupCacheUse(State.OFF, (reason != null && !reason.isBlank()) ? reason : "unknown");
		}
		return new StartupCacheUse(State.USED, null);
	}

	/**
	 * Read the use of a run the {@link StartupCacheLauncher} started.
	 * @param properties the system properties
	 * @return {@link #NONE} when no launcher started it, else {@code off} with why the
	 * cache was stale, {@code used} when the JVM shares classes, or {@code rejected}
	 */
	public static StartupCacheUse launched(Function<String, @Nullable String> properties) {
		if (!"true".equals(properties.apply(StartupCacheLauncher.LAUNCHED_PROPERTY))) {
			return NONE;
		}
		String stale = properties.apply(StartupCacheLauncher.STALE_PROPERTY);
		if (stale != null) {
			return new StartupCacheUse(State.OFF, stale + "; service:restart, run as an administrator, makes it anew");
		}
		// The launcher's archive replaces the JVM's default one: sharing is the archive.
		String info = properties.apply("java.vm.info");
		if (info == null || !info.contains("sharing")) {
			return NOT_MAPPED;
		}
		return new StartupCacheUse(State.USED, null);
	}

	/**
	 * Read the use of this process.
	 * @param process this process
	 * @return the use
	 */
	public static StartupCacheUse current(HostProcess process) {
		if (process.getenv(STATE_VARIABLE) == null) {
			return launched(System::getProperty);
		}
		try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"), StandardCharsets.ISO_8859_1)) {
			return of(process::getenv, maps);
		}
		catch (IOException | RuntimeException ex) {
			return of(process::getenv, Stream.empty());
		}
	}

	/**
	 * Read the variables of a unit's environment file, as systemd does for the values
	 * written there: {@code NAME=value}, the value in double quotes or bare.
	 * @param file the environment file
	 * @return the variables, empty when the file cannot be read
	 */
	public static Map<String, String> readEnvironmentFile(Path file) {
		Map<String, String> variables = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int separator = line.indexOf('=');
				if (separator > 0) {
					String value = line.substring(separator + 1);
					if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
						value = value.substring(1, value.length() - 1);
					}
					variables.put(line.substring(0, separator), value);
				}
			}
		}
		catch (IOException ex) {
			// No file: no cache.
		}
		return variables;
	}

	/**
	 * Return the use for people.
	 * @return {@code used}, or the state and why
	 */
	public String description() {
		return (this.reason != null) ? this.state.word() + " (" + this.reason + ")" : this.state.word();
	}

	/**
	 * Whether a run started from its start-up cache.
	 */
	public enum State {

		/** The JVM mapped the archive the unit gave it. */
		USED("used"),

		/** The unit gave no archive: the preparation failed or is pending. */
		OFF("off"),

		/** The unit gave an archive, and the JVM did not use it. */
		REJECTED("rejected"),

		/** The unit keeps no cache. */
		NONE("none");

		private final String word;

		State(String word) {
			this.word = word;
		}

		/**
		 * Return the state as the endpoint and the meters show it.
		 * @return the word
		 */
		public String word() {
			return this.word;
		}

	}

}
