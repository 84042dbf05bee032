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

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StopPhases}: the order of the table in this package's documentation,
 * against Spring Boot's own phases.
 */
class StopPhasesTests {

	@Test
	void theStarterStopsAroundSpringBootsWebServerInTheDocumentedOrder() {
		assertThat(StopPhases.WEB_SERVER_GRACEFUL_SHUTDOWN)
			.isEqualTo(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE);
		// Spring stops the higher phase first.
		assertThat(new int[] { StopPhases.SOCKET_HAND_BACK, WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE,
				StopPhases.DRAINED, StopPhases.MEMORY_PRESSURE_WATCH,
				WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE, StopPhases.CLEAN_STOP })
			.isSortedAccordingTo((a, b) -> Integer.compare(b, a))
			.doesNotHaveDuplicates();
	}

}
