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

package io.github.servicestarter.lifecycle;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.servicestarter.watchdog.WatchdogPinger;
import org.jspecify.annotations.Nullable;

/**
 * The work that runs while the service is ready: the watchdog's pings, and the health
 * checks whose answers join the status line, checked as often as the watchdog pings (or
 * every {@link #DEFAULT_HEALTH_INTERVAL} without one). Each runs on the thread its own
 * object owns; this starts them together on readiness and stops them together when the
 * context starts closing.
 *
 * @author Service Starter contributors
 */
final class ReadyTasks {

	/** How often health is checked when no watchdog sets the pace. */
	static final Duration DEFAULT_HEALTH_INTERVAL = Duration.ofSeconds(10);

	private final @Nullable WatchdogPinger watchdog;

	private final @Nullable HealthMonitor health;

	/**
	 * Create the tasks.
	 * @param watchdog the watchdog pinger, if any
	 * @param health the health monitor, if any
	 */
	ReadyTasks(@Nullable WatchdogPinger watchdog, @Nullable HealthMonitor health) {
		this.watchdog = watchdog;
		this.health = health;
	}

	/**
	 * Start pinging and checking.
	 * @param healthChanged called on the health thread with each new health status
	 */
	void start(Consumer<String> healthChanged) {
		Optional<Duration> pingInterval = (this.watchdog != null) ? this.watchdog.start() : Optional.empty();
		if (this.health != null) {
			this.health.onChange(healthChanged);
			this.health.start(pingInterval.orElse(DEFAULT_HEALTH_INTERVAL));
		}
	}

	/**
	 * Stop pinging and checking.
	 */
	void stop() {
		if (this.watchdog != null) {
			this.watchdog.stop();
		}
		if (this.health != null) {
			this.health.stop();
		}
	}

}
