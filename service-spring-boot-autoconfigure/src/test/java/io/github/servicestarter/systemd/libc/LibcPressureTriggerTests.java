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

package io.github.servicestarter.systemd.libc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.PressureTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The trigger protocol against the real kernel, on this process's own cgroup. systemd
 * points {@code MEMORY_PRESSURE_WATCH} at {@code memory.pressure}; a test cannot make
 * memory stall at will, but {@code cpu.pressure} takes triggers by the same protocol and
 * threads stall on the CPU whenever there are more busy ones than cores.
 */
@EnabledOnOs(OS.LINUX)
class LibcPressureTriggerTests {

	@TempDir
	Path directory;

	@Test
	void theKernelSignalsWhenTheThresholdIsCrossed() throws Exception {
		Path cpuPressure = ownCgroup().resolve("cpu.pressure");
		assumeTrue(Files.isWritable(cpuPressure), "no writable " + cpuPressure + " (pressure stall information "
				+ "off in the kernel, or not root): the trigger cannot be set here");
		// 100 ms stalled within 2 s: windows that are not whole multiples of 2 s need
		// CAP_SYS_RESOURCE, which a service's user lacks (systemd's default is 200 ms in
		// 2 s).
		MemoryPressureWatch watch = new MemoryPressureWatch(cpuPressure,
				"some 100000 2000000".getBytes(StandardCharsets.US_ASCII));
		try (PressureTrigger trigger = LibcPressureTrigger.open(watch)) {
			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			List<Thread> busy = new ArrayList<>();
			for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
				Thread thread = new Thread(() -> {
					while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
						Thread.onSpinWait();
					}
				});
				thread.setDaemon(true);
				thread.start();
				busy.add(thread);
			}
			try {
				boolean crossed = false;
				while (!crossed && System.nanoTime() < until) {
					crossed = trigger.await(Duration.ofMillis(500));
				}
				assertThat(crossed).as("POLLPRI while more threads than cores were busy").isTrue();
			}
			finally {
				busy.forEach(Thread::interrupt);
			}
		}
	}

	@Test
	void aFileThatIsNoPressureFileRefusesTheTrigger() throws Exception {
		Path plain = Files.writeString(this.directory.resolve("memory.pressure"), "");
		assertThatIOException()
			.isThrownBy(() -> LibcPressureTrigger.open(new MemoryPressureWatch(this.directory.resolve("missing"),
					"some 1 2".getBytes(StandardCharsets.US_ASCII))))
			.withMessageContaining("cannot open");
		// A regular file takes the write and is never signalled: nothing to wait for, no
		// error.
		try (PressureTrigger trigger = LibcPressureTrigger
			.open(new MemoryPressureWatch(plain, "some 1 2".getBytes(StandardCharsets.US_ASCII)))) {
			assertThat(trigger.await(Duration.ofMillis(10))).isFalse();
		}
	}

	private static Path ownCgroup() throws Exception {
		for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
			if (line.startsWith("0::/")) {
				String cgroup = line.substring("0::/".length());
				Path unified = Path.of("/sys/fs/cgroup", cgroup);
				return Files.exists(unified.resolve("cpu.pressure")) ? unified
						: Path.of("/sys/fs/cgroup/unified", cgroup);
			}
		}
		return Path.of("/nonexistent");
	}

}
