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

package io.github.servicestarter.autoconfigure.health;

import java.nio.file.Path;

import io.github.servicestarter.autoconfigure.ServiceAutoConfiguration;
import io.github.servicestarter.health.ServiceHealthIndicator;
import io.github.servicestarter.testsupport.SpringApplicationEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceHealthContributorAutoConfiguration}.
 */
class ServiceHealthContributorAutoConfigurationTests {

	@TempDir
	Path stateDirectory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(new SpringApplicationEvents())
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				ServiceAutoConfiguration.class, ServiceHealthContributorAutoConfiguration.class));

	@Test
	void contributesUnderAServiceManager() {
		managed().run((context) -> assertThat(context).hasSingleBean(ServiceHealthIndicator.class)
			.hasBean("serviceHealthIndicator"));
	}

	@Test
	void canBeDisabled() {
		managed().withPropertyValues("management.health.service.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceHealthIndicator.class));
	}

	@Test
	void nothingWithoutAServiceManager() {
		this.contextRunner.withPropertyValues("service.manager=none")
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceHealthIndicator.class));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		managed().withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ServiceHealthIndicator.class));
	}

	@Test
	void userIndicatorWins() {
		managed().withBean("serviceHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceHealthIndicator.class));
	}

	private ApplicationContextRunner managed() {
		return this.contextRunner.withPropertyValues("service.manager=systemd",
				"service.state-directory=" + this.stateDirectory);
	}

}
