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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.servicestarter.watchdog.WatchdogGate.Action;
import io.github.servicestarter.watchdog.WatchdogGate.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AvailabilityWatchdogGate}.
 */
class AvailabilityWatchdogGateTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final AtomicReference<String> health = new AtomicReference<>("UP");

	private final AtomicLong clock = new AtomicLong();

	@BeforeEach
	void liveByDefault() {
		// ApplicationAvailability reports BROKEN until the first liveness event.
		setLiveness(LivenessState.CORRECT);
	}

	@Test
	void pingsWhileLiveAndHealthy() {
		assertThat(gate(false).check()).isEqualTo(Verdict.PING);
	}

	@Test
	void brokenLivenessWithholdsPings() {
		setLiveness(LivenessState.BROKEN);
		Verdict verdict = gate(false).check();
		assertThat(verdict.action()).isEqualTo(Action.SKIP);
		assertThat(verdict.reason()).isEqualTo("liveness state is BROKEN");
	}

	@Test
	void brokenLivenessTriggersWhenConfigured() {
		setLiveness(LivenessState.BROKEN);
		assertThat(gate(true).check().action()).isEqualTo(Action.TRIGGER);
	}

	@Test
	void healthDownWithinGraceStillPings() {
		AvailabilityWatchdogGate gate = gate(false);
		this.health.set("DOWN");
		assertThat(gate.check()).isEqualTo(Verdict.PING);
		this.clock.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(gate.check()).isEqualTo(Verdict.PING);
	}

	@Test
	void healthDownBeyondGraceWithholdsPings() {
		AvailabilityWatchdogGate gate = gate(false);
		this.health.set("DOWN");
		gate.check();
		this.clock.addAndGet(Duration.ofSeconds(61).toNanos());
		Verdict verdict = gate.check();
		assertThat(verdict.action()).isEqualTo(Action.SKIP);
		assertThat(verdict.reason()).contains("health has been DOWN for 61 s")
			.contains("service.watchdog.health-grace");
	}

	@Test
	void recoveredHealthRestartsTheGrace() {
		AvailabilityWatchdogGate gate = gate(false);
		this.health.set("DOWN");
		gate.check();
		this.clock.addAndGet(Duration.ofSeconds(50).toNanos());
		this.health.set("UP");
		gate.check();
		this.health.set("DOWN");
		this.clock.addAndGet(Duration.ofSeconds(50).toNanos());
		assertThat(gate.check()).isEqualTo(Verdict.PING);
	}

	@Test
	void outOfServiceIsNotDown() {
		AvailabilityWatchdogGate gate = gate(false);
		this.health.set("OUT_OF_SERVICE");
		gate.check();
		this.clock.addAndGet(Duration.ofMinutes(5).toNanos());
		assertThat(gate.check()).isEqualTo(Verdict.PING);
	}

	@Test
	void withoutHealthOnlyLivenessCounts() {
		AvailabilityWatchdogGate gate = new AvailabilityWatchdogGate(this.availability, null, Duration.ZERO, false);
		assertThat(gate.check()).isEqualTo(Verdict.PING);
	}

	private AvailabilityWatchdogGate gate(boolean triggerOnBroken) {
		return new AvailabilityWatchdogGate(this.availability, this.health::get, Duration.ofSeconds(60),
				triggerOnBroken, this.clock::get);
	}

	private void setLiveness(LivenessState state) {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

}
