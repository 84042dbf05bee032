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
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HostProcess}.
 */
class HostProcessTests {

	@TempDir
	Path directory;

	@Test
	void cgroupV2Path() throws IOException {
		assertThat(HostProcess.readCgroup(cgroup("0::/system.slice/app.service\n")))
			.hasValue("/system.slice/app.service");
	}

	@Test
	void cgroupV1PathOfSystemdsHierarchy() throws IOException {
		assertThat(HostProcess.readCgroup(cgroup("1:cpu:/app.slice\n9:name=systemd:/app.slice/app.service\n")))
			.hasValue("/app.slice/app.service");
	}

	@Test
	void unifiedPathWinsOverAnEmptyV1Hierarchy() throws IOException {
		// A pure cgroup v2 container on a hybrid host still lists the host's v1
		// hierarchies.
		assertThat(HostProcess.readCgroup(cgroup("9:name=systemd:/\n1:cpu:/\n0::/system.slice/app.service\n")))
			.hasValue("/system.slice/app.service");
	}

	@Test
	void noCgroupFile() {
		assertThat(HostProcess.readCgroup(this.directory.resolve("missing"))).isEmpty();
	}

	private Path cgroup(String content) throws IOException {
		return Files.writeString(this.directory.resolve("cgroup"), content);
	}

}
