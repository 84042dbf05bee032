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
import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.manager.ProcessCgroups;

/**
 * The memory limit that applies to this process through its cgroup: the smallest limit of
 * its own cgroup and its ancestors, for cgroup v2 ({@code memory.max}) and v1
 * ({@code memory.limit_in_bytes}), including hybrid hierarchies. Which files to read is
 * decided once; the limit itself is read each time, since it can change at run time
 * ({@code systemctl set-property}).
 *
 * @author Service Starter contributors
 */
final class CgroupMemoryLimit {

	/** v1 reports "no limit" as a page-aligned value near Long.MAX_VALUE. */
	private static final long UNLIMITED_THRESHOLD = 1L << 62;

	private final List<Path> limitFiles;

	CgroupMemoryLimit(Path procCgroup, Path cgroupRoot) {
		this.limitFiles = limitFiles(procCgroup, cgroupRoot);
	}

	/**
	 * Read the limit.
	 * @return the limit in bytes, or {@link Double#NaN} when no limit applies or none can
	 * be read
	 */
	double read() {
		long limit = Long.MAX_VALUE;
		for (Path file : this.limitFiles) {
			limit = Math.min(limit, readLimit(file));
		}
		return (limit < UNLIMITED_THRESHOLD) ? limit : Double.NaN;
	}

	private static long readLimit(Path file) {
		try {
			String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
			return value.equals("max") ? Long.MAX_VALUE : Long.parseLong(value);
		}
		catch (IOException | RuntimeException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static List<Path> limitFiles(Path procCgroup, Path cgroupRoot) {
		ProcessCgroups cgroups = ProcessCgroups.read(procCgroup);
		List<Path> files = new ArrayList<>();
		if (cgroups.unified() != null) {
			addWithAncestors(files, cgroupRoot, cgroups.unified(), "memory.max");
			addWithAncestors(files, cgroupRoot.resolve("unified"), cgroups.unified(), "memory.max");
		}
		cgroups.controller("memory")
			.ifPresent(
					(cgroup) -> addWithAncestors(files, cgroupRoot.resolve("memory"), cgroup, "memory.limit_in_bytes"));
		return List.copyOf(files);
	}

	private static void addWithAncestors(List<Path> files, Path mount, String cgroup, String fileName) {
		Path directory = mount.resolve(cgroup.startsWith("/") ? cgroup.substring(1) : cgroup).normalize();
		while (directory != null && directory.startsWith(mount)) {
			Path file = directory.resolve(fileName);
			if (Files.isReadable(file)) {
				files.add(file);
			}
			directory = directory.equals(mount) ? null : directory.getParent();
		}
	}

}
