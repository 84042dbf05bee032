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

import io.github.servicestarter.lifecycle.HealthMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link WatchdogHealthGroup}.
 */
@ExtendWith(OutputCaptureExtension.class)
class WatchdogHealthGroupTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				AvailabilityHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class,
				HealthEndpointAutoConfiguration.class))
		.withBean("database", HealthIndicator.class, () -> () -> Health.down().withDetail("reason", "outage").build());

	@Test
	void followsTheLivenessGroupNotTheOverallHealthThatADependencyBringsDown() {
		// Spring Boot 4 has the probe groups by default.
		this.contextRunner.run((context) -> {
			// As Spring Boot publishes once the application has started.
			AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
			HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
			assertThat(endpoint.health().getStatus().getCode()).isEqualTo("DOWN");
			WatchdogHealthGroup group = new WatchdogHealthGroup(() -> endpoint, "liveness", WAIT);
			try {
				await().atMost(WAIT).until(() -> group.status().equals("UP"));
				assertThat(group.description()).isEqualTo("health group 'liveness'");
			}
			finally {
				group.stop();
			}
		});
	}

	@Test
	void aGroupTheApplicationNamesIsFollowedWhenItGoesDown() {
		this.contextRunner.withPropertyValues("management.endpoint.health.group.critical.include=database")
			.run((context) -> {
				HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
				WatchdogHealthGroup group = new WatchdogHealthGroup(() -> endpoint, "critical", WAIT);
				try {
					await().atMost(WAIT).until(() -> group.status().equals("DOWN"));
				}
				finally {
					group.stop();
				}
			});
	}

	@Test
	void withoutTheGroupTheLivenessStateAloneDecidesAndThatIsSaidOnce(CapturedOutput output) {
		this.contextRunner.withPropertyValues("management.endpoint.health.probes.enabled=false").run((context) -> {
			HealthEndpoint endpoint = context.getBean(HealthEndpoint.class);
			WatchdogHealthGroup group = new WatchdogHealthGroup(() -> endpoint, "liveness", WAIT);
			try {
				await().atMost(WAIT)
					.until(() -> group.status().equals(HealthMonitor.UNKNOWN)
							&& output.toString().contains("No health group 'liveness'"));
				group.status();
				assertThat(output.toString().split("No health group", -1)).hasSize(2);
			}
			finally {
				group.stop();
			}
		});
	}

}
