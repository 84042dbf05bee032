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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StatusLine}: what the service does, then its health once health has
 * answered, and nothing about health without a monitor.
 */
class StatusLineTests {

	@Test
	void healthJoinsTheLineOnceItHasAnswered() {
		HealthMonitor health = new HealthMonitor(() -> "UP", Duration.ofSeconds(10));
		StatusLine line = new StatusLine(health);
		assertThat(line.started(Duration.ofMillis(3240))).isEqualTo("Started in 3.2 s");
		health.check();
		assertThat(line.text()).isEqualTo("Started in 3.2 s, health UP");
		assertThat(line.set("Refusing traffic")).isEqualTo("Refusing traffic, health UP");
	}

	@Test
	void withoutAMonitorTheLineIsWhatTheServiceDoes() {
		assertThat(new StatusLine(null).set("Paused")).isEqualTo("Paused");
	}

}
