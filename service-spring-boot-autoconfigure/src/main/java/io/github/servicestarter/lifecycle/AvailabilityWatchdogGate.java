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
import java.util.function.LongSupplier;

import io.github.servicestarter.watchdog.WatchdogGate;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;

/**
 * Watchdog gate that withholds pings while the application's liveness is
 * {@link LivenessState#BROKEN} (or triggers the watchdog at once, when configured), and
 * while the health it follows (a health group such as Spring Boot's {@code liveness}
 * group, never the overall health, which a dependency's outage brings down) has been
 * {@code DOWN} for longer than a grace period.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class AvailabilityWatchdogGate implements WatchdogGate {

	private static final String DOWN = "DOWN";

	private final ApplicationAvailability availability;

	private final @Nullable WatchdogHealth health;

	private final Duration healthGrace;

	private final boolean triggerOnBroken;

	private final LongSupplier nanoClock;

	private long downSinceNanos = -1;

	/**
	 * Create a gate.
	 * @param availability the application availability
	 * @param health the health the watchdog follows, or {@code null} to gate on liveness
	 * only
	 * @param healthGrace how long health may be {@code DOWN} before pings stop
	 * @param triggerOnBroken whether a broken liveness triggers the watchdog at once
	 */
	public AvailabilityWatchdogGate(ApplicationAvailability availability, @Nullable WatchdogHealth health,
			Duration healthGrace, boolean triggerOnBroken) {
		this(availability, health, healthGrace, triggerOnBroken, System::nanoTime);
	}

	AvailabilityWatchdogGate(ApplicationAvailability availability, @Nullable WatchdogHealth health,
			Duration healthGrace, boolean triggerOnBroken, LongSupplier nanoClock) {
		this.availability = availability;
		this.health = health;
		this.healthGrace = healthGrace;
		this.triggerOnBroken = triggerOnBroken;
		this.nanoClock = nanoClock;
	}

	@Override
	public synchronized Verdict check() {
		if (this.availability.getLivenessState() == LivenessState.BROKEN) {
			String reason = "liveness state is BROKEN";
			return this.triggerOnBroken ? Verdict.trigger(reason) : Verdict.skip(reason);
		}
		if (this.health == null || !DOWN.equals(this.health.status())) {
			this.downSinceNanos = -1;
			return Verdict.PING;
		}
		long now = this.nanoClock.getAsLong();
		if (this.downSinceNanos < 0) {
			this.downSinceNanos = now;
		}
		Duration down = Duration.ofNanos(now - this.downSinceNanos);
		if (down.compareTo(this.healthGrace) < 0) {
			return Verdict.PING;
		}
		return Verdict.skip(this.health.description() + " has been DOWN for " + down.toSeconds()
				+ " s, longer than service.watchdog.health-grace (" + this.healthGrace.toSeconds() + " s)");
	}

}
