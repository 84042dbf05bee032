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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.github.servicestarter.lifecycle.HealthMonitor;
import io.github.servicestarter.lifecycle.WatchdogHealth;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;

/**
 * The status of the health group the watchdog follows
 * ({@code service.watchdog.health-group}, Spring Boot's {@code liveness} group by
 * default), never the overall health: a dependency's outage shows in the status line and
 * the health endpoint, and does not restart the service. It never blocks: each call
 * starts a check of the group on a thread of its own and answers with the last check's
 * status ({@value HealthMonitor#UNKNOWN} before the first answers, or when the
 * application has no such group, in which case the liveness state alone decides).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class WatchdogHealthGroup implements WatchdogHealth {

	private static final Log logger = LogFactory.getLog(WatchdogHealthGroup.class);

	private final Supplier<HealthEndpoint> endpoint;

	private final String group;

	private final HealthMonitor monitor;

	private final AtomicBoolean missingReported = new AtomicBoolean();

	/**
	 * Create the source.
	 * @param endpoint the health endpoint, resolved when first checked
	 * @param group the health group's name
	 * @param timeout how long a check may run before the status is
	 * {@value HealthMonitor#UNKNOWN}
	 */
	public WatchdogHealthGroup(Supplier<HealthEndpoint> endpoint, String group, Duration timeout) {
		this.endpoint = endpoint;
		this.group = group;
		this.monitor = new HealthMonitor(this::groupStatus, timeout);
	}

	@Override
	public String status() {
		this.monitor.checkInBackground();
		return this.monitor.status().orElse(HealthMonitor.UNKNOWN);
	}

	/**
	 * Stop checking.
	 */
	public void stop() {
		this.monitor.stop();
	}

	private String groupStatus() {
		HealthDescriptor health = this.group.isBlank() ? null : this.endpoint.get().healthForPath(this.group);
		if (health == null) {
			reportMissingGroup();
			return HealthMonitor.UNKNOWN;
		}
		return health.getStatus().getCode();
	}

	private void reportMissingGroup() {
		if (this.missingReported.compareAndSet(false, true)) {
			logger.info("No health group '" + this.group + "' (service.watchdog.health-group): the watchdog follows "
					+ "the liveness state alone. Spring Boot's liveness group exists unless "
					+ "management.endpoint.health.probes.enabled=false");
		}
	}

	@Override
	public String description() {
		return "health group '" + this.group + "'";
	}

}
