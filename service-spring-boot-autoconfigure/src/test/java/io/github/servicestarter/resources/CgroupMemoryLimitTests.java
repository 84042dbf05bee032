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
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CgroupMemoryLimit}.
 */
class CgroupMemoryLimitTests {

	@TempDir
	Path root;

	@Test
	void cgroupV2Limit() throws IOException {
		write("sys/fs/cgroup/system.slice/app.service/memory.max", "314572800\n");
		assertThat(limit("0::/system.slice/app.service\n")).isEqualTo(314572800.0);
	}

	@Test
	void cgroupV2WithoutLimitIsNaN() throws IOException {
		write("sys/fs/cgroup/system.slice/app.service/memory.max", "max\n");
		assertThat(limit("0::/system.slice/app.service\n")).isNaN();
	}

	@Test
	void smallestLimitOfTheAncestorsApplies() throws IOException {
		write("sys/fs/cgroup/system.slice/app.service/memory.max", "max\n");
		write("sys/fs/cgroup/system.slice/memory.max", "1073741824\n");
		assertThat(limit("0::/system.slice/app.service\n")).isEqualTo(1073741824.0);
	}

	@Test
	void cgroupV1HybridLimit() throws IOException {
		write("sys/fs/cgroup/memory/app.slice/app.service/memory.limit_in_bytes", "314572800\n");
		write("sys/fs/cgroup/memory/memory.limit_in_bytes", "9223372036854771712\n");
		write("sys/fs/cgroup/unified/app.slice/app.service/cgroup.procs", "1\n");
		assertThat(limit("4:memory:/app.slice/app.service\n0::/app.slice/app.service\n")).isEqualTo(314572800.0);
	}

	@Test
	void cgroupV1UnlimitedIsNaN() throws IOException {
		write("sys/fs/cgroup/memory/memory.limit_in_bytes", "9223372036854771712\n");
		assertThat(limit("4:memory:/\n")).isNaN();
	}

	@Test
	void unreadableOrGarbageIsNaN() throws IOException {
		write("sys/fs/cgroup/app.service/memory.max", "lots\n");
		assertThat(limit("0::/app.service\n")).isNaN();
		assertThat(new CgroupMemoryLimit(this.root.resolve("missing"), this.root).read()).isNaN();
	}

	private double limit(String procCgroup) throws IOException {
		Path file = write("proc/self/cgroup", procCgroup);
		return new CgroupMemoryLimit(file, this.root.resolve("sys/fs/cgroup")).read();
	}

	private Path write(String path, String content) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
