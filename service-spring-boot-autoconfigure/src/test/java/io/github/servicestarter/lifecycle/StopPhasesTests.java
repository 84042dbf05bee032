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
