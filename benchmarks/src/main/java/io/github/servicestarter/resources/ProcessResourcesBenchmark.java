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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * What one Prometheus scrape costs in the resource reader: resident and virtual memory,
 * threads, I/O read and written, and the memory limit. The starter's Linux reader is
 * measured as a scrape that reads its files (once each: the values of one file share a
 * snapshot) and as a repeated scrape within the half-second snapshot; OSHI's per-process
 * API reads the same figures for comparison. Lives in the reader's package to give it a
 * clock of its own.
 *
 * @author Service Starter contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProcessResourcesBenchmark {

	private static final ProcessResource[] SCRAPE = { ProcessResource.RESIDENT_MEMORY, ProcessResource.VIRTUAL_MEMORY,
			ProcessResource.THREADS, ProcessResource.IO_READ, ProcessResource.IO_WRITE, ProcessResource.MEMORY_LIMIT };

	private final AtomicLong clock = new AtomicLong();

	private LinuxProcessResources scrapeClock;

	private LinuxProcessResources snapshotShared;

	private OperatingSystem oshi;

	private int pid;

	@Setup
	public void setUp() {
		CgroupMemoryLimit limit = new CgroupMemoryLimit(Path.of("/proc/self/cgroup"), Path.of("/sys/fs/cgroup"));
		// A clock that moves a second per scrape: each scrape reads the files once, as a
		// real scrape every few seconds does.
		Path pressure = CgroupPressure.directory(Path.of("/proc/self/cgroup"), Path.of("/sys/fs/cgroup"));
		this.scrapeClock = new LinuxProcessResources(Path.of("/proc/self"), limit, pressure, this.clock::get);
		this.snapshotShared = new LinuxProcessResources(Path.of("/proc/self"), limit, pressure, System::nanoTime);
		this.oshi = new SystemInfo().getOperatingSystem();
		this.pid = this.oshi.getProcessId();
	}

	@Benchmark
	public double starterScrape() {
		this.clock.addAndGet(1_000_000_000L);
		return scrape(this.scrapeClock);
	}

	@Benchmark
	public double starterScrapeWithinSnapshot() {
		return scrape(this.snapshotShared);
	}

	private static double scrape(ProcessResources resources) {
		double sum = 0;
		for (ProcessResource resource : SCRAPE) {
			sum += resources.read(resource);
		}
		return sum;
	}

	@Benchmark
	public double oshiProcess() {
		OSProcess process = this.oshi.getProcess(this.pid);
		return process.getResidentSetSize() + process.getVirtualSize() + process.getThreadCount()
				+ process.getBytesRead() + process.getBytesWritten();
	}

}
