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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Reads the current process's resources from {@code /proc/self} and its cgroup. One
 * scrape reads each file once: values are kept for a short time, so the three meters fed
 * by {@code /proc/self/status} cost one file read, not three, and so do the two of each
 * pressure file.
 *
 * @author Service Starter contributors
 */
final class LinuxProcessResources implements ProcessResources {

	private static final long KIB = 1024;

	private static final long SNAPSHOT_NANOS = 500_000_000L;

	private final Path proc;

	private final CgroupMemoryLimit memoryLimit;

	private final @Nullable Path pressure;

	private final LongSupplier nanoClock;

	private final Map<Path, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final Set<ProcessResource> available;

	LinuxProcessResources() {
		this(Path.of("/proc/self"), new CgroupMemoryLimit(Path.of("/proc/self/cgroup"), Path.of("/sys/fs/cgroup")),
				CgroupPressure.directory(Path.of("/proc/self/cgroup"), Path.of("/sys/fs/cgroup")), System::nanoTime);
	}

	LinuxProcessResources(Path proc, CgroupMemoryLimit memoryLimit, @Nullable Path pressure, LongSupplier nanoClock) {
		this.proc = proc;
		this.memoryLimit = memoryLimit;
		this.pressure = pressure;
		this.nanoClock = nanoClock;
		this.available = probe();
	}

	static boolean isSupported() {
		return Files.isReadable(Path.of("/proc/self/status"));
	}

	private Set<ProcessResource> probe() {
		Set<ProcessResource> available = EnumSet.noneOf(ProcessResource.class);
		for (ProcessResource resource : ProcessResource.values()) {
			if (!Double.isNaN(read(resource))) {
				available.add(resource);
			}
		}
		return Set.copyOf(available);
	}

	@Override
	public Set<ProcessResource> available() {
		return this.available;
	}

	@Override
	public double read(ProcessResource resource) {
		return switch (resource) {
			case RESIDENT_MEMORY -> field("status", "VmRSS", KIB);
			case VIRTUAL_MEMORY -> field("status", "VmSize", KIB);
			case THREADS -> field("status", "Threads", 1);
			case IO_READ -> field("io", "read_bytes", 1);
			case IO_WRITE -> field("io", "write_bytes", 1);
			case MEMORY_LIMIT -> this.memoryLimit.read();
			case OPEN_HANDLES -> Double.NaN;
			case CPU_PRESSURE_SOME -> pressure("cpu", "some");
			case CPU_PRESSURE_FULL -> pressure("cpu", "full");
			case MEMORY_PRESSURE_SOME -> pressure("memory", "some");
			case MEMORY_PRESSURE_FULL -> pressure("memory", "full");
			case IO_PRESSURE_SOME -> pressure("io", "some");
			case IO_PRESSURE_FULL -> pressure("io", "full");
		};
	}

	private double pressure(String resource, String line) {
		if (this.pressure == null) {
			return Double.NaN;
		}
		String seconds = snapshot(this.pressure.resolve(resource + ".pressure"), CgroupPressure::read).fields()
			.get(line);
		return (seconds != null) ? Double.parseDouble(seconds) : Double.NaN;
	}

	private double field(String file, String name, long unit) {
		String value = snapshot(this.proc.resolve(file), LinuxProcessResources::parse).fields().get(name);
		if (value == null) {
			return Double.NaN;
		}
		int end = 0;
		while (end < value.length() && Character.isDigit(value.charAt(end))) {
			end++;
		}
		return (end > 0) ? Long.parseLong(value.substring(0, end)) * (double) unit : Double.NaN;
	}

	private Snapshot snapshot(Path file, Function<Path, Map<String, String>> parser) {
		long now = this.nanoClock.getAsLong();
		Snapshot snapshot = this.snapshots.get(file);
		if (snapshot == null || now - snapshot.readAt() > SNAPSHOT_NANOS) {
			snapshot = new Snapshot(now, parser.apply(file));
			this.snapshots.put(file, snapshot);
		}
		return snapshot;
	}

	private static Map<String, String> parse(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
			Map<String, String> fields = new HashMap<>(lines.size() * 2);
			for (String line : lines) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
				}
			}
			return fields;
		}
		catch (IOException | RuntimeException ex) {
			return Map.of();
		}
	}

	private record Snapshot(long readAt, Map<String, String> fields) {

	}

}
