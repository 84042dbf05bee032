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

package io.github.servicestarter.resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.github.servicestarter.manager.ProcessCgroups;
import org.jspecify.annotations.Nullable;

/**
 * Where the pressure stall information of this process's cgroup v2 lies
 * ({@code cpu.pressure}, {@code memory.pressure}, {@code io.pressure} in the cgroup's
 * directory), and how one such file reads: a {@code some} and a {@code full} line, each
 * ending in {@code total=}, the stalled time in microseconds since the cgroup was made.
 *
 * @author Service Starter contributors
 */
final class CgroupPressure {

	private static final double MICROSECONDS = 1_000_000.0;

	private CgroupPressure() {
	}

	/**
	 * Find the directory of this process's cgroup v2 ({@code 0::/path} in
	 * {@code /proc/self/cgroup}), under the unified mount or, on a hybrid host, its
	 * {@code unified} directory.
	 * @param procCgroup {@code /proc/self/cgroup}
	 * @param cgroupRoot {@code /sys/fs/cgroup}
	 * @return the directory, or {@code null} when there is no cgroup v2 with pressure
	 * files
	 */
	static @Nullable Path directory(Path procCgroup, Path cgroupRoot) {
		String cgroup = ProcessCgroups.read(procCgroup).unified();
		if (cgroup == null || !cgroup.startsWith("/")) {
			return null;
		}
		for (Path mount : new Path[] { cgroupRoot, cgroupRoot.resolve("unified") }) {
			Path directory = mount.resolve(cgroup.substring(1)).normalize();
			if (directory.startsWith(mount) && Files.isReadable(directory.resolve("cpu.pressure"))) {
				return directory;
			}
		}
		return null;
	}

	/**
	 * Read one pressure file.
	 * @param file the file
	 * @return the stalled seconds by line ({@code some}, {@code full}); empty when
	 * unreadable
	 */
	static Map<String, String> read(Path file) {
		Map<String, String> totals = new HashMap<>(4);
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
				int space = line.indexOf(' ');
				int total = line.lastIndexOf(" total=");
				if (space > 0 && total > 0) {
					String micros = line.substring(total + " total=".length()).strip();
					totals.put(line.substring(0, space), Double.toString(Long.parseLong(micros) / MICROSECONDS));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Map.of();
		}
		return totals;
	}

}
