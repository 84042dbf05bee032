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
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Facts about the current process that detection depends on: its environment, its id and
 * its parent. An interface so detection is tested with made-up facts on any OS.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface HostProcess {

	/**
	 * Return the value of an environment variable.
	 * @param name the variable name
	 * @return the value, or {@code null} when unset
	 */
	@Nullable String getenv(String name);

	/**
	 * Return the id of this process.
	 * @return the process id
	 */
	long pid();

	/**
	 * Return the short name of the parent process ({@code /proc/<ppid>/comm} on Linux).
	 * @return the parent's name, or empty when it cannot be read
	 */
	Optional<String> parentName();

	/**
	 * Return the path of this process's cgroup in systemd's hierarchy (the cgroup v2
	 * path, or v1's {@code name=systemd} one), e.g. {@code /system.slice/app.service}.
	 * @return the path, or empty when it cannot be read
	 */
	Optional<String> cgroup();

	/**
	 * Return the facts of the running JVM process.
	 * @return the current process
	 */
	static HostProcess current() {
		return of(System.getenv(), ProcessHandle.current());
	}

	/**
	 * Return the facts of a process with the given environment.
	 * @param environment the environment variables
	 * @param process the process handle
	 * @return the process facts
	 */
	static HostProcess of(Map<String, String> environment, ProcessHandle process) {
		return new HostProcess() {

			@Override
			public @Nullable String getenv(String name) {
				return environment.get(name);
			}

			@Override
			public long pid() {
				return process.pid();
			}

			@Override
			public Optional<String> parentName() {
				return process.parent().flatMap((parent) -> readComm(parent.pid()));
			}

			@Override
			public Optional<String> cgroup() {
				return readCgroup(Path.of("/proc", Long.toString(process.pid()), "cgroup"));
			}

		};
	}

	/**
	 * Read the path in systemd's hierarchy from a {@code /proc/<pid>/cgroup} file: the
	 * unified (v2) path, unless it is the root and v1's {@code name=systemd} hierarchy
	 * names a group (a hybrid host).
	 * @param procCgroup the file
	 * @return the path, or empty when the file is missing or has no such line
	 */
	static Optional<String> readCgroup(Path procCgroup) {
		return ProcessCgroups.read(procCgroup).systemd();
	}

	private static Optional<String> readComm(long pid) {
		try {
			return Optional
				.of(Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.UTF_8).strip());
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
