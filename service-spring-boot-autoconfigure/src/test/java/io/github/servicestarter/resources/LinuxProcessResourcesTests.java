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
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LinuxProcessResources}.
 */
class LinuxProcessResourcesTests {

	@TempDir
	Path proc;

	private final AtomicLong clock = new AtomicLong();

	@Test
	void readsStatusAndIo() throws IOException {
		Files.writeString(this.proc.resolve("status"),
				"Name:\tjava\nVmSize:\t 4000000 kB\nVmRSS:\t  250000 kB\nThreads:\t42\n");
		Files.writeString(this.proc.resolve("io"), "rchar: 1\nwchar: 2\nread_bytes: 4096\nwrite_bytes: 8192\n");
		LinuxProcessResources resources = resources();
		assertThat(resources.read(ProcessResource.RESIDENT_MEMORY)).isEqualTo(250000 * 1024.0);
		assertThat(resources.read(ProcessResource.VIRTUAL_MEMORY)).isEqualTo(4000000 * 1024.0);
		assertThat(resources.read(ProcessResource.THREADS)).isEqualTo(42);
		assertThat(resources.read(ProcessResource.IO_READ)).isEqualTo(4096);
		assertThat(resources.read(ProcessResource.IO_WRITE)).isEqualTo(8192);
		assertThat(resources.available()).containsExactlyInAnyOrder(ProcessResource.RESIDENT_MEMORY,
				ProcessResource.VIRTUAL_MEMORY, ProcessResource.THREADS, ProcessResource.IO_READ,
				ProcessResource.IO_WRITE);
	}

	@Test
	void pressureIsTheStalledTimeOfTheCgroupInSeconds() throws IOException {
		Files.writeString(this.proc.resolve("status"), "VmRSS:\t1 kB\n");
		// As a cgroup v2 of a hybrid host has them (kernel 5.10), under the unified
		// mount.
		Path cgroup = Files.createDirectories(this.proc.resolve("sys/unified/system.slice/app.service"));
		Files.writeString(this.proc.resolve("cgroup"),
				"9:name=systemd:/system.slice/app.service\n7:blkio:/\n0::/system.slice/app.service\n");
		Files.writeString(cgroup.resolve("cpu.pressure"), """
				some avg10=0.95 avg60=9.16 avg300=10.81 total=4416372075
				full avg10=0.00 avg60=0.00 avg300=0.15 total=348972972
				""");
		Files.writeString(cgroup.resolve("memory.pressure"), """
				some avg10=0.00 avg60=0.00 avg300=0.00 total=0
				full avg10=0.00 avg60=0.00 avg300=0.00 total=0
				""");
		// Kernels before 5.13 have no full line for the CPU; here io lacks it.
		Files.writeString(cgroup.resolve("io.pressure"), "some avg10=0.00 avg60=0.01 avg300=0.00 total=39146042\n");
		LinuxProcessResources resources = new LinuxProcessResources(this.proc,
				new CgroupMemoryLimit(this.proc.resolve("cgroup"), this.proc.resolve("sys")),
				CgroupPressure.directory(this.proc.resolve("cgroup"), this.proc.resolve("sys")), this.clock::get);
		assertThat(resources.read(ProcessResource.CPU_PRESSURE_SOME)).isEqualTo(4416.372075);
		assertThat(resources.read(ProcessResource.CPU_PRESSURE_FULL)).isEqualTo(348.972972);
		assertThat(resources.read(ProcessResource.MEMORY_PRESSURE_SOME)).isZero();
		assertThat(resources.read(ProcessResource.IO_PRESSURE_SOME)).isEqualTo(39.146042);
		assertThat(resources.read(ProcessResource.IO_PRESSURE_FULL)).isNaN();
		assertThat(resources.available())
			.contains(ProcessResource.CPU_PRESSURE_SOME, ProcessResource.MEMORY_PRESSURE_FULL)
			.doesNotContain(ProcessResource.IO_PRESSURE_FULL);
	}

	@Test
	void aCgroupOutsideTheMountOrWithoutPressureFilesHasNoPressure() throws IOException {
		Files.createDirectories(this.proc.resolve("sys"));
		Files.writeString(this.proc.resolve("cgroup"), "0::/../../etc\n");
		assertThat(CgroupPressure.directory(this.proc.resolve("cgroup"), this.proc.resolve("sys"))).isNull();
		Files.writeString(this.proc.resolve("cgroup"), "0::/\n");
		assertThat(CgroupPressure.directory(this.proc.resolve("cgroup"), this.proc.resolve("sys"))).isNull();
		assertThat(CgroupPressure.directory(this.proc.resolve("missing"), this.proc.resolve("sys"))).isNull();
	}

	@Test
	void oneFileReadServesAWholeScrape() throws IOException {
		Path status = Files.writeString(this.proc.resolve("status"), "VmRSS:\t1 kB\nThreads:\t2\n");
		LinuxProcessResources resources = resources();
		Files.writeString(status, "VmRSS:\t3 kB\nThreads:\t4\n");
		assertThat(resources.read(ProcessResource.THREADS)).isEqualTo(2);
		this.clock.addAndGet(600_000_000L);
		assertThat(resources.read(ProcessResource.THREADS)).isEqualTo(4);
		assertThat(resources.read(ProcessResource.RESIDENT_MEMORY)).isEqualTo(3 * 1024.0);
	}

	@Test
	void unreadableIoIsAbsentNotAnError() throws IOException {
		Files.writeString(this.proc.resolve("status"), "VmRSS:\t1 kB\n");
		LinuxProcessResources resources = resources();
		assertThat(resources.available()).containsExactly(ProcessResource.RESIDENT_MEMORY);
		assertThat(resources.read(ProcessResource.IO_READ)).isNaN();
		assertThat(resources.read(ProcessResource.OPEN_HANDLES)).isNaN();
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void readsThisProcess() {
		ProcessResources resources = ProcessResources.fromProcFileSystem();
		assertThat(resources.read(ProcessResource.RESIDENT_MEMORY)).isGreaterThan(1024 * 1024);
		assertThat(resources.read(ProcessResource.VIRTUAL_MEMORY))
			.isGreaterThan(resources.read(ProcessResource.RESIDENT_MEMORY));
		assertThat(resources.read(ProcessResource.THREADS)).isGreaterThan(1)
			.isGreaterThanOrEqualTo(Thread.activeCount());
	}

	private LinuxProcessResources resources() {
		return new LinuxProcessResources(this.proc,
				new CgroupMemoryLimit(this.proc.resolve("cgroup"), this.proc.resolve("sys")), null, this.clock::get);
	}

}
