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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

import io.github.servicestarter.lifecycle.MemoryPressureMonitor;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.restarts.RestartJournal;
import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import io.github.servicestarter.watchdog.WatchdogGate;
import io.github.servicestarter.watchdog.WatchdogPinger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceMeterBinder}.
 */
class ServiceMeterBinderTests {

	private static final ServiceManagerDetection SYSTEMD = new ServiceManagerDetection(ServiceManager.SYSTEMD, "test");

	@TempDir
	Path directory;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void registersEveryServiceMeter() {
		RestartJournal journal = RestartJournal.open(this.directory, 1, Clock.systemUTC());
		RestartAccounting accounting = new RestartAccounting(journal, () -> OptionalLong.of(2));
		WatchdogPinger pinger = new WatchdogPinger(new RecordingServiceNotifier(Duration.ofHours(1)),
				WatchdogGate.ALWAYS);
		new ServiceMeterBinder(SYSTEMD, new ServiceIdentity("app", "app.service", Path.of("/var/lib", "app")),
				accounting, pinger, null, null)
			.bindTo(this.registry);
		assertThat(this.registry.get("service.info").tag("manager", "systemd").tag("name", "app").gauge().value())
			.isEqualTo(1);
		assertThat(this.registry.get("service.restarts").tag("source", "systemd").functionCounter().count())
			.isEqualTo(2);
		assertThat(this.registry.get("service.starts").functionCounter().count()).isEqualTo(1);
		assertThat(this.registry.find("service.crashes").functionCounters())
			.extracting((counter) -> counter.getId().getTag("reason"))
			.containsExactlyInAnyOrder("out-of-memory", "oom-kill", "watchdog", "fatal-error", "signal", "exit-code",
					"timeout", "unknown");
		assertThat(this.registry.find("service.crashes").functionCounters())
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());
		assertThat(this.registry.get("service.watchdog.pings").functionCounter().count()).isZero();
		this.registry.getMeters().forEach((meter) -> assertThat(meter.getId().getDescription()).isNotBlank());
		journal.recordCleanStop("test");
	}

	@Test
	void withoutAccountingOrWatchdogOnlyInfo() {
		new ServiceMeterBinder(SYSTEMD, new ServiceIdentity("app", null, Path.of("/var/lib", "app")), null, null, null,
				null)
			.bindTo(this.registry);
		assertThat(this.registry.getMeters()).singleElement()
			.satisfies((meter) -> assertThat(meter.getId().getName()).isEqualTo("service.info"));
	}

	@Test
	void startupCacheUseIsAGaugeWhereTheUnitKeepsACache() {
		ServiceIdentity identity = new ServiceIdentity("app", null, Path.of("/var/lib", "app"));
		new ServiceMeterBinder(SYSTEMD, identity, null, null, null,
				new StartupCacheUse(StartupCacheUse.State.USED, null))
			.bindTo(this.registry);
		assertThat(this.registry.get("service.startup.cache.used").gauge().value()).isEqualTo(1);
		SimpleMeterRegistry rejected = new SimpleMeterRegistry();
		new ServiceMeterBinder(SYSTEMD, identity, null, null, null,
				new StartupCacheUse(StartupCacheUse.State.REJECTED, "the JVM did not map the archive"))
			.bindTo(rejected);
		assertThat(rejected.get("service.startup.cache.used").gauge().value()).isZero();
		SimpleMeterRegistry none = new SimpleMeterRegistry();
		new ServiceMeterBinder(SYSTEMD, identity, null, null, null, StartupCacheUse.NONE).bindTo(none);
		assertThat(none.find("service.startup.cache.used").meters()).isEmpty();
	}

	@Test
	void memoryPressureIsCountedWhereSystemdAskedForAWatch() {
		MemoryPressureWatch watch = new MemoryPressureWatch(Path.of("/sys/fs/cgroup/app.service/memory.pressure"),
				"some 200000 2000000".getBytes(StandardCharsets.US_ASCII));
		new ServiceMeterBinder(SYSTEMD, new ServiceIdentity("app", null, Path.of("/var/lib", "app")), null, null,
				new MemoryPressureMonitor(watch, (asked) -> {
					throw new IOException("not started in this test");
				}, (event) -> {
				}), null)
			.bindTo(this.registry);
		assertThat(this.registry.get("service.memory.pressure").functionCounter().count()).isZero();
		SimpleMeterRegistry without = new SimpleMeterRegistry();
		new ServiceMeterBinder(SYSTEMD, new ServiceIdentity("app", null, Path.of("/var/lib", "app")), null, null,
				new MemoryPressureMonitor(null, (asked) -> null, (event) -> {
				}), null)
			.bindTo(without);
		assertThat(without.find("service.memory.pressure").meters()).isEmpty();
	}

}
