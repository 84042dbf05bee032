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

package io.github.servicestarter.systemd;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link WatchdogSettings}.
 */
class WatchdogSettingsTests {

	@Test
	void noWatchdogWithoutUsec() {
		assertThat(WatchdogSettings.timeout(new FakeHostProcess())).isEmpty();
	}

	@Test
	void usecIsTheTimeout() {
		FakeHostProcess process = new FakeHostProcess().env("WATCHDOG_USEC", "30000000");
		assertThat(WatchdogSettings.timeout(process)).hasValue(Duration.ofSeconds(30));
	}

	@Test
	void watchdogPidOfThisProcessApplies() {
		FakeHostProcess process = new FakeHostProcess().pid(5).env("WATCHDOG_USEC", "1000").env("WATCHDOG_PID", "5");
		assertThat(WatchdogSettings.timeout(process)).hasValue(Duration.ofMillis(1));
	}

	@Test
	void watchdogPidOfAnotherProcessDoesNotApply() {
		FakeHostProcess process = new FakeHostProcess().pid(5).env("WATCHDOG_USEC", "1000").env("WATCHDOG_PID", "4");
		assertThat(WatchdogSettings.timeout(process)).isEmpty();
	}

	@Test
	void aTimeoutOfCenturiesFitsADuration() {
		// WatchdogSec=1000y, which systemd accepts: more nanoseconds than a long holds.
		FakeHostProcess process = new FakeHostProcess().env("WATCHDOG_USEC", "31557600000000000");
		assertThat(WatchdogSettings.timeout(process)).contains(Duration.ofSeconds(31557600000L));
		assertThat(WatchdogSettings.timeout(new FakeHostProcess().env("WATCHDOG_USEC", Long.toString(Long.MAX_VALUE))))
			.contains(Duration.of(Long.MAX_VALUE, ChronoUnit.MICROS));
	}

	@Test
	void garbageIsRejected() {
		FakeHostProcess process = new FakeHostProcess().env("WATCHDOG_USEC", "soon");
		assertThatIllegalArgumentException().isThrownBy(() -> WatchdogSettings.timeout(process))
			.withMessageContaining("WATCHDOG_USEC 'soon'");
	}

	@Test
	void zeroIsRejected() {
		FakeHostProcess process = new FakeHostProcess().env("WATCHDOG_USEC", "0");
		assertThatIllegalArgumentException().isThrownBy(() -> WatchdogSettings.timeout(process))
			.withMessageContaining("must be positive");
	}

}
