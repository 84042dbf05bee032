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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The cgroups of a process as {@code /proc/<pid>/cgroup} lists them: its path in the
 * unified (v2) hierarchy ({@code 0::/path}) and, on a v1 or hybrid host, its path in each
 * v1 hierarchy by controller ({@code 4:memory:/path}, {@code 1:name=systemd:/path}). The
 * one reader of that file: systemd's unit of the process, the memory limit and the
 * pressure files all come from here.
 *
 * @param unified the path in the unified hierarchy, or {@code null} when there is none
 * @param controllers the path in the v1 hierarchy of each controller
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ProcessCgroups(@Nullable String unified, Map<String, String> controllers) {

	/** A process whose cgroups cannot be read: not Linux, or {@code /proc} hidden. */
	public static final ProcessCgroups NONE = new ProcessCgroups(null, Map.of());

	public ProcessCgroups {
		controllers = Map.copyOf(controllers);
	}

	/**
	 * Read a {@code /proc/<pid>/cgroup} file.
	 * @param file the file
	 * @return the cgroups, {@link #NONE} when the file cannot be read
	 */
	public static ProcessCgroups read(Path file) {
		String unified = null;
		Map<String, String> controllers = new HashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] parts = line.split(":", 3);
				if (parts.length != 3) {
					continue;
				}
				if (parts[0].equals("0") && parts[1].isEmpty()) {
					unified = parts[2];
				}
				else {
					for (String controller : parts[1].split(",")) {
						controllers.put(controller, parts[2]);
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return NONE;
		}
		return new ProcessCgroups(unified, controllers);
	}

	/**
	 * Return the path in the v1 hierarchy of a controller.
	 * @param controller the controller, such as {@code memory} or {@code name=systemd}
	 * @return the path, or empty when no v1 hierarchy has the controller
	 */
	public Optional<String> controller(String controller) {
		return Optional.ofNullable(this.controllers.get(controller));
	}

	/**
	 * Return the path in systemd's hierarchy: the unified path, unless it is the root and
	 * v1's {@code name=systemd} hierarchy names a group (a hybrid host).
	 * @return the path, or empty when there is neither
	 */
	public Optional<String> systemd() {
		Optional<String> named = controller("name=systemd");
		if (this.unified != null && (!this.unified.equals("/") || named.isEmpty())) {
			return Optional.of(this.unified);
		}
		return named;
	}

}
