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

import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import io.github.servicestarter.resources.ProcessResource;
import io.github.servicestarter.resources.ProcessResources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProcessResourceMeterBinder}.
 */
class ProcessResourceMeterBinderTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void registersOnlyWhatThePlatformOffers() {
		new ProcessResourceMeterBinder(
				resources(EnumSet.of(ProcessResource.RESIDENT_MEMORY, ProcessResource.IO_READ), 7))
			.bindTo(this.registry);
		assertThat(this.registry.getMeters()).extracting((meter) -> meter.getId().getName())
			.containsExactlyInAnyOrder("process.memory.resident", "process.io.read");
		assertThat(this.registry.get("process.memory.resident").gauge().value()).isEqualTo(7);
		assertThat(this.registry.get("process.memory.resident").gauge().getId().getBaseUnit()).isEqualTo("bytes");
		assertThat(this.registry.get("process.io.read").functionCounter().count()).isEqualTo(7);
	}

	@Test
	void everyMeterWhenEverythingIsAvailable() {
		new ProcessResourceMeterBinder(resources(EnumSet.allOf(ProcessResource.class), 1)).bindTo(this.registry);
		assertThat(this.registry.getMeters()).extracting((meter) -> meter.getId().getName())
			.containsExactlyInAnyOrder("process.memory.resident", "process.memory.virtual", "process.memory.limit",
					"process.threads", "process.handles.open", "process.io.read", "process.io.write",
					"service.pressure.stalled", "service.pressure.stalled", "service.pressure.stalled",
					"service.pressure.stalled", "service.pressure.stalled", "service.pressure.stalled");
	}

	@Test
	void eachMeterReadsItsOwnResource() {
		// A distinct value per resource: a meter wired to the wrong resource shows
		// another's.
		new ProcessResourceMeterBinder(
				resources(EnumSet.allOf(ProcessResource.class), (resource) -> 100.0 + resource.ordinal()))
			.bindTo(this.registry);
		assertThat(this.registry.get("process.memory.resident").gauge().value())
			.isEqualTo(100.0 + ProcessResource.RESIDENT_MEMORY.ordinal());
		assertThat(this.registry.get("process.memory.virtual").gauge().value())
			.isEqualTo(100.0 + ProcessResource.VIRTUAL_MEMORY.ordinal());
		assertThat(this.registry.get("process.memory.limit").gauge().value())
			.isEqualTo(100.0 + ProcessResource.MEMORY_LIMIT.ordinal());
		assertThat(this.registry.get("process.threads").gauge().value())
			.isEqualTo(100.0 + ProcessResource.THREADS.ordinal());
		assertThat(this.registry.get("process.handles.open").gauge().value())
			.isEqualTo(100.0 + ProcessResource.OPEN_HANDLES.ordinal());
		assertThat(this.registry.get("process.io.read").functionCounter().count())
			.isEqualTo(100.0 + ProcessResource.IO_READ.ordinal());
		assertThat(this.registry.get("process.io.write").functionCounter().count())
			.isEqualTo(100.0 + ProcessResource.IO_WRITE.ordinal());
		assertThat(pressure("cpu", "some")).isEqualTo(100.0 + ProcessResource.CPU_PRESSURE_SOME.ordinal());
		assertThat(pressure("cpu", "full")).isEqualTo(100.0 + ProcessResource.CPU_PRESSURE_FULL.ordinal());
		assertThat(pressure("memory", "some")).isEqualTo(100.0 + ProcessResource.MEMORY_PRESSURE_SOME.ordinal());
		assertThat(pressure("memory", "full")).isEqualTo(100.0 + ProcessResource.MEMORY_PRESSURE_FULL.ordinal());
		assertThat(pressure("io", "some")).isEqualTo(100.0 + ProcessResource.IO_PRESSURE_SOME.ordinal());
		assertThat(pressure("io", "full")).isEqualTo(100.0 + ProcessResource.IO_PRESSURE_FULL.ordinal());
		assertThat(this.registry.get("service.pressure.stalled").functionCounter().getId().getBaseUnit())
			.isEqualTo("seconds");
	}

	private double pressure(String resource, String kind) {
		return this.registry.get("service.pressure.stalled")
			.tag("resource", resource)
			.tag("kind", kind)
			.functionCounter()
			.count();
	}

	private static ProcessResources resources(Set<ProcessResource> available, double value) {
		return resources(available, (resource) -> value);
	}

	private static ProcessResources resources(Set<ProcessResource> available,
			ToDoubleFunction<ProcessResource> values) {
		return new ProcessResources() {

			@Override
			public Set<ProcessResource> available() {
				return available;
			}

			@Override
			public double read(ProcessResource resource) {
				return values.applyAsDouble(resource);
			}

		};
	}

}
