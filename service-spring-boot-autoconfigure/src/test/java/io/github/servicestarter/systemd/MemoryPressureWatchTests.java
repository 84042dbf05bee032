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

package io.github.servicestarter.systemd;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MemoryPressureWatch}.
 */
class MemoryPressureWatchTests {

	@Test
	void theFileAndTheDecodedTriggerSystemdHands() {
		// As systemd 254 sets them for a unit with MemoryPressureWatch=auto and memory
		// accounting.
		FakeHostProcess process = new FakeHostProcess()
			.env("MEMORY_PRESSURE_WATCH", "/sys/fs/cgroup/system.slice/app.service/memory.pressure")
			.env("MEMORY_PRESSURE_WRITE", "c29tZSAyMDAwMDAgMjAwMDAwMAA=");
		MemoryPressureWatch watch = MemoryPressureWatch.fromEnvironment(process).orElseThrow();
		assertThat(watch.file()).isEqualTo(Path.of("/sys/fs/cgroup/system.slice/app.service/memory.pressure"));
		assertThat(new String(watch.trigger(), StandardCharsets.US_ASCII)).isEqualTo("some 200000 2000000\0");
		assertThat(watch).hasToString("/sys/fs/cgroup/system.slice/app.service/memory.pressure (some 200000 2000000)");
	}

	@Test
	void noWatchWhenSwitchedOffMissingOrUnusable() {
		assertThat(MemoryPressureWatch.fromEnvironment(new FakeHostProcess())).isEmpty();
		assertThat(MemoryPressureWatch.fromEnvironment(watch("/dev/null", "c29tZQ=="))).as("switched off").isEmpty();
		assertThat(MemoryPressureWatch.fromEnvironment(watch("memory.pressure", "c29tZQ=="))).as("relative").isEmpty();
		assertThat(MemoryPressureWatch.fromEnvironment(watch("/m", "not base64 %$\n"))).isEmpty();
		assertThat(MemoryPressureWatch.fromEnvironment(watch("/m", ""))).isEmpty();
		assertThat(MemoryPressureWatch.fromEnvironment(watch("/m", "QUFB".repeat(100)))).as("too long").isEmpty();
		assertThat(MemoryPressureWatch.fromEnvironment(new FakeHostProcess().env("MEMORY_PRESSURE_WATCH", "/m")))
			.as("no trigger")
			.isEmpty();
	}

	private static FakeHostProcess watch(String file, String trigger) {
		return new FakeHostProcess().env("MEMORY_PRESSURE_WATCH", file).env("MEMORY_PRESSURE_WRITE", trigger);
	}

}
