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

package io.github.servicestarter.autoconfigure.endpoint;

import io.github.servicestarter.autoconfigure.ServiceAutoConfiguration;
import io.github.servicestarter.endpoint.ServiceEndpoint;
import io.github.servicestarter.endpoint.ServiceRestartEndpoint;
import io.github.servicestarter.lifecycle.ServiceRestarter;
import io.github.servicestarter.testsupport.SpringApplicationEvents;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceEndpointAutoConfiguration}.
 */
class ServiceEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(new SpringApplicationEvents())
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				ServiceAutoConfiguration.class, ServiceEndpointAutoConfiguration.class))
		.withPropertyValues("service.manager=none");

	@Test
	void availableWhenExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=service").run((context) -> {
			assertThat(context).hasSingleBean(ServiceEndpoint.class);
			assertThat(context.getBean(ServiceEndpoint.class).service().manager()).isEqualTo("none");
			assertThat(context.getBean(ServiceEndpoint.class).service().restarts()).isNull();
		});
	}

	@Test
	void restartIsNotPartOfTheServiceEndpointEvenWithUnrestrictedDefaultAccessToIt() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=service",
					"management.endpoint.service.access=UNRESTRICTED")
			.run((context) -> assertThat(context).hasSingleBean(ServiceEndpoint.class)
				.doesNotHaveBean(ServiceRestartEndpoint.class)
				.doesNotHaveBean(ServiceRestarter.class));
	}

	@Test
	void restartEndpointHasNoAccessUnlessGranted() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=servicerestart")
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceRestartEndpoint.class));
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=servicerestart",
					"management.endpoint.servicerestart.access=UNRESTRICTED")
			.run((context) -> assertThat(context).hasSingleBean(ServiceRestartEndpoint.class)
				.hasSingleBean(ServiceRestarter.class));
	}

	@Test
	void notAvailableUnlessExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ServiceEndpoint.class));
	}

}
