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

package io.github.servicestarter.metrics;

import java.util.List;
import java.util.Set;

import io.github.servicestarter.resources.ProcessResource;
import io.github.servicestarter.resources.ProcessResources;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Process resource meters that Spring Boot does not already publish: resident and virtual
 * memory, the memory limit, OS threads, I/O bytes, open handles and the stalled time of
 * the service's cgroup per resource ({@code service.pressure.stalled}). Each meter is
 * registered only when its source exists on this platform; a read that fails yields
 * {@code NaN}, never an exception in the scrape.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ProcessResourceMeterBinder implements MeterBinder {

	private final ProcessResources resources;

	public ProcessResourceMeterBinder(ProcessResources resources) {
		this.resources = resources;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Set<ProcessResource> available = this.resources.available();
		gauge(registry, available, "process.memory.resident", ProcessResource.RESIDENT_MEMORY, BaseUnits.BYTES,
				"Resident set size: memory of the process held in RAM, native memory included");
		gauge(registry, available, "process.memory.virtual", ProcessResource.VIRTUAL_MEMORY, BaseUnits.BYTES,
				"Virtual memory size of the process");
		gauge(registry, available, "process.memory.limit", ProcessResource.MEMORY_LIMIT, BaseUnits.BYTES,
				"Memory limit of the process: its cgroup's (systemd MemoryMax=) or its job object's");
		gauge(registry, available, "process.threads", ProcessResource.THREADS, BaseUnits.THREADS,
				"Operating-system threads of the process, native ones included");
		gauge(registry, available, "process.handles.open", ProcessResource.OPEN_HANDLES, null,
				"Handles the process has open");
		counter(registry, available, "process.io.read", ProcessResource.IO_READ,
				"Bytes the process caused to be read from storage");
		counter(registry, available, "process.io.write", ProcessResource.IO_WRITE,
				"Bytes the process caused to be written to storage");
		pressure(registry, available, "cpu", ProcessResource.CPU_PRESSURE_SOME, ProcessResource.CPU_PRESSURE_FULL);
		pressure(registry, available, "memory", ProcessResource.MEMORY_PRESSURE_SOME,
				ProcessResource.MEMORY_PRESSURE_FULL);
		pressure(registry, available, "io", ProcessResource.IO_PRESSURE_SOME, ProcessResource.IO_PRESSURE_FULL);
	}

	private void pressure(MeterRegistry registry, Set<ProcessResource> available, String resource, ProcessResource some,
			ProcessResource full) {
		for (ProcessResource kind : List.of(some, full)) {
			if (available.contains(kind)) {
				FunctionCounter.builder("service.pressure.stalled", this.resources, (resources) -> resources.read(kind))
					.tag("resource", resource)
					.tag("kind", (kind == some) ? "some" : "full")
					.baseUnit("seconds")
					.description("Time in which some (or, for full, all non-idle) tasks of the service's cgroup "
							+ "stalled waiting for the resource: pressure stall information")
					.register(registry);
			}
		}
	}

	private void gauge(MeterRegistry registry, Set<ProcessResource> available, String name, ProcessResource resource,
			@Nullable String baseUnit, String description) {
		if (available.contains(resource)) {
			Gauge.builder(name, this.resources, (resources) -> resources.read(resource))
				.baseUnit(baseUnit)
				.description(description)
				.strongReference(true)
				.register(registry);
		}
	}

	private void counter(MeterRegistry registry, Set<ProcessResource> available, String name, ProcessResource resource,
			String description) {
		if (available.contains(resource)) {
			FunctionCounter.builder(name, this.resources, (resources) -> resources.read(resource))
				.baseUnit(BaseUnits.BYTES)
				.description(description)
				.register(registry);
		}
	}

}
