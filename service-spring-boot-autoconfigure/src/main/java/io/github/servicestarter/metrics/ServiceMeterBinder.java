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

import java.util.Locale;

import io.github.servicestarter.lifecycle.MemoryPressureMonitor;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.restarts.EndReason;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.watchdog.WatchdogPinger;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Meters about the service: {@code service.info} (always 1, tagged with the manager and
 * the service name), {@code service.restarts} (tagged with where the count comes from),
 * {@code service.starts}, {@code service.crashes} (tagged with the reason),
 * {@code service.watchdog.pings} and, where systemd asks for a memory pressure watch,
 * {@code service.memory.pressure}.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceMeterBinder implements MeterBinder {

	private final ServiceManagerDetection detection;

	private final ServiceIdentity identity;

	private final @Nullable RestartAccounting accounting;

	private final @Nullable WatchdogPinger watchdog;

	private final @Nullable MemoryPressureMonitor memoryPressure;

	private final @Nullable StartupCacheUse startupCache;

	/**
	 * Create the binder.
	 * @param detection the service manager detection
	 * @param identity the service identity
	 * @param accounting the restart accounting, or {@code null} when there is none
	 * @param watchdog the watchdog pinger, or {@code null} when the watchdog is switched
	 * off
	 * @param memoryPressure the memory pressure monitor, or {@code null} when there is
	 * none
	 * @param startupCache how this run used its start-up cache, or {@code null} when
	 * unknown
	 */
	public ServiceMeterBinder(ServiceManagerDetection detection, ServiceIdentity identity,
			@Nullable RestartAccounting accounting, @Nullable WatchdogPinger watchdog,
			@Nullable MemoryPressureMonitor memoryPressure, @Nullable StartupCacheUse startupCache) {
		this.detection = detection;
		this.identity = identity;
		this.accounting = accounting;
		this.watchdog = watchdog;
		this.memoryPressure = memoryPressure;
		this.startupCache = startupCache;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("service.info", () -> 1)
			.tag("manager", this.detection.manager().name().toLowerCase(Locale.ROOT))
			.tag("name", this.identity.name())
			.description("Service manager the application runs under and the service's name; always 1")
			.strongReference(true)
			.register(registry);
		RestartAccounting accounting = this.accounting;
		if (accounting != null) {
			FunctionCounter.builder("service.restarts", accounting, RestartAccounting::restarts)
				.tag("source", accounting.source())
				.description("Restarts of the service, counted by the service manager (source systemd) "
						+ "or by the restart journal (source journal)")
				.register(registry);
			FunctionCounter.builder("service.starts", accounting, RestartAccounting::starts)
				.description("Starts of the service recorded in the restart journal, this one included")
				.register(registry);
			for (EndReason reason : EndReason.values()) {
				// Each reason from the start at 0, so that an increase shows as one.
				FunctionCounter.builder("service.crashes", accounting, (counted) -> counted.crashes(reason))
					.tag("reason", reason.tag())
					.description("Earlier runs of the service that ended without a clean stop, by why they ended")
					.register(registry);
			}
		}
		MemoryPressureMonitor memoryPressure = this.memoryPressure;
		if (memoryPressure != null && memoryPressure.watching()) {
			FunctionCounter.builder("service.memory.pressure", memoryPressure, MemoryPressureMonitor::events)
				.description(
						"Times the service stalled on memory past the threshold systemd set (MemoryPressureWatch=)")
				.register(registry);
		}
		StartupCacheUse startupCache = this.startupCache;
		if (startupCache != null && startupCache.state() != StartupCacheUse.State.NONE) {
			Gauge
				.builder("service.startup.cache.used",
						() -> (startupCache.state() == StartupCacheUse.State.USED) ? 1 : 0)
				.description("Whether this run started from the start-up cache its unit keeps: 1 when the JVM "
						+ "mapped the class data archive, 0 when it ran without")
				.strongReference(true)
				.register(registry);
		}
		if (this.watchdog != null) {
			FunctionCounter.builder("service.watchdog.pings", this.watchdog, WatchdogPinger::pings)
				.description("Keep-alive pings sent to the service manager's watchdog")
				.register(registry);
		}
	}

}
