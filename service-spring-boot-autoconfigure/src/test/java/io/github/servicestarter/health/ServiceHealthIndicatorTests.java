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

import java.time.Duration;
import java.util.Map;

import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.lifecycle.ShutdownProgress;
import io.github.servicestarter.lifecycle.StartupProgress;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import io.github.servicestarter.watchdog.WatchdogGate;
import io.github.servicestarter.watchdog.WatchdogPinger;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceHealthIndicator}.
 */
class ServiceHealthIndicatorTests {

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier(Duration.ofHours(1));

	private final WatchdogPinger watchdog = new WatchdogPinger(this.notifier, WatchdogGate.ALWAYS);

	private final ServiceStateNotifications state = new ServiceStateNotifications(this.context, this.notifier,
			StartupProgress.unreported(), this.watchdog, null,
			new ShutdownProgress(ServiceNotifier.NONE, Duration.ZERO, Duration.ZERO));

	private final ServiceHealthIndicator indicator = new ServiceHealthIndicator(
			new ServiceManagerDetection(ServiceManager.SYSTEMD, "test"), this.state, this.watchdog);

	@Test
	void unknownWhileStartingUpWhileRunningOutOfServiceWhileStopping() {
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
		this.state.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		Health running = this.indicator.health();
		assertThat(running.getStatus()).isEqualTo(Status.UP);
		assertThat(running.getDetails()).containsEntry("manager", "systemd").containsEntry("state", "running");
		assertThat(watchdogDetails(running)).containsEntry("enabled", true)
			.containsEntry("interval", "PT30M")
			.containsKey("pings");
		this.state.onApplicationEvent(new ContextClosedEvent(this.context));
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> watchdogDetails(Health health) {
		return (Map<String, Object>) health.getDetails().get("watchdog");
	}

	@Test
	void watchdogDisabledWithoutPinger() {
		ServiceHealthIndicator indicator = new ServiceHealthIndicator(
				new ServiceManagerDetection(ServiceManager.SYSTEMD, "test"), this.state, null);
		assertThat(watchdogDetails(indicator.health())).containsOnlyKeys("enabled").containsEntry("enabled", false);
	}

}
