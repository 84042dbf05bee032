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
				new CgroupMemoryLimit(this.proc.resolve("cgroup"), this.proc.resolve("sys")), this.clock::get);
	}

}
