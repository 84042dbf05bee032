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
 * Tests for {@link ProcessCgroups}.
 */
class ProcessCgroupsTests {

	@TempDir
	Path directory;

	@Test
	void aHybridHostListsTheUnifiedPathAndEachV1Hierarchy() throws IOException {
		// As a service's /proc/self/cgroup reads on a hybrid host (this build machine's
		// kind).
		ProcessCgroups cgroups = read("""
				12:cpu,cpuacct:/system.slice/app.service
				9:name=systemd:/system.slice/app.service
				4:memory:/system.slice/app.service
				0::/system.slice/app.service
				""");
		assertThat(cgroups.unified()).isEqualTo("/system.slice/app.service");
		assertThat(cgroups.controller("cpuacct")).hasValue("/system.slice/app.service");
		assertThat(cgroups.controller("memory")).hasValue("/system.slice/app.service");
		assertThat(cgroups.controller("io")).isEmpty();
		assertThat(cgroups.systemd()).hasValue("/system.slice/app.service");
	}

	@Test
	void aLineThatIsNoCgroupIsSkippedAndAMissingFileIsNone() throws IOException {
		assertThat(read("garbage\n0::/a.slice\n").unified()).isEqualTo("/a.slice");
		assertThat(ProcessCgroups.read(this.directory.resolve("missing"))).isEqualTo(ProcessCgroups.NONE);
		assertThat(ProcessCgroups.NONE.systemd()).isEmpty();
	}

	private ProcessCgroups read(String content) throws IOException {
		return ProcessCgroups.read(Files.writeString(this.directory.resolve("cgroup"), content));
	}

}
