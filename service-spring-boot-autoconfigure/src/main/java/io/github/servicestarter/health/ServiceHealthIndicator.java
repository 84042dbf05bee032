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

package io.github.servicestarter.health;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.servicestarter.lifecycle.ServiceState;
import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.watchdog.WatchdogPinger;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of the service as its manager sees it: {@code UP} while running,
 * {@code OUT_OF_SERVICE} while stopping, {@code UNKNOWN} while starting; with the manager
 * and the watchdog as details.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceHealthIndicator implements HealthIndicator {

	private final ServiceManagerDetection detection;

	private final ServiceStateNotifications state;

	private final @Nullable WatchdogPinger watchdog;

	/**
	 * Create the indicator.
	 * @param detection the service manager detection
	 * @param state the service state
	 * @param watchdog the watchdog pinger, or {@code null} when the watchdog is switched
	 * off
	 */
	public ServiceHealthIndicator(ServiceManagerDetection detection, ServiceStateNotifications state,
			@Nullable WatchdogPinger watchdog) {
		this.detection = detection;
		this.state = state;
		this.watchdog = watchdog;
	}

	@Override
	public Health health() {
		ServiceState current = this.state.state();
		Status status = switch (current) {
			case STARTING -> Status.UNKNOWN;
			case RUNNING -> Status.UP;
			case PAUSED, STOPPING -> Status.OUT_OF_SERVICE;
		};
		return Health.status(status)
			.withDetail("manager", this.detection.manager().name().toLowerCase(Locale.ROOT))
			.withDetail("state", current.name().toLowerCase(Locale.ROOT))
			.withDetail("watchdog", watchdogDetails())
			.build();
	}

	private Map<String, Object> watchdogDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		WatchdogPinger watchdog = this.watchdog;
		boolean enabled = watchdog != null && watchdog.interval().isPresent();
		details.put("enabled", enabled);
		if (watchdog != null && enabled) {
			details.put("interval", watchdog.interval().get().toString());
			details.put("pings", watchdog.pings());
			watchdog.lastPing().ifPresent((lastPing) -> details.put("lastPing", lastPing.toString()));
		}
		return details;
	}

}
