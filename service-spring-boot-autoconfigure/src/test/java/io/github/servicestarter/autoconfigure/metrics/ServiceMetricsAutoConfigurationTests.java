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

package io.github.servicestarter.autoconfigure.metrics;

import java.nio.file.Path;

import io.github.servicestarter.autoconfigure.ServiceAutoConfiguration;
import io.github.servicestarter.metrics.ProcessResourceMeterBinder;
import io.github.servicestarter.metrics.ServiceMeterBinder;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.testsupport.SpringApplicationEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceMetricsAutoConfiguration}.
 */
class ServiceMetricsAutoConfigurationTests {

	@TempDir
	Path stateDirectory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(new SpringApplicationEvents())
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				ServiceAutoConfiguration.class, ServiceMetricsAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class));

	@Test
	void underAServiceManagerEveryMeterIsBound() {
		this.contextRunner
			.withPropertyValues("service.manager=systemd", "service.name=app",
					"service.state-directory=" + this.stateDirectory)
			.run((context) -> {
				assertThat(context).hasSingleBean(ServiceMeterBinder.class)
					.hasSingleBean(ProcessResourceMeterBinder.class)
					.hasSingleBean(RestartAccounting.class);
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("service.info").tag("manager", "systemd").tag("name", "app").gauge().value())
					.isEqualTo(1);
				assertThat(registry.get("service.restarts").tag("source", "journal").functionCounter().count())
					.isZero();
				assertThat(registry.get("service.starts").functionCounter().count()).isEqualTo(1);
				assertThat(registry.find("service.watchdog.pings").functionCounter()).isNotNull();
			});
	}

	@Test
	void withoutAServiceManagerNothing() {
		this.contextRunner.withPropertyValues("service.manager=none")
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceMeterBinder.class)
				.doesNotHaveBean(ProcessResourceMeterBinder.class)
				.doesNotHaveBean(RestartAccounting.class));
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		new ApplicationContextRunner().withInitializer(new SpringApplicationEvents())
			.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
					ServiceAutoConfiguration.class, ServiceMetricsAutoConfiguration.class))
			.withPropertyValues("service.manager=systemd", "service.state-directory=" + this.stateDirectory)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(RestartAccounting.class)
				.doesNotHaveBean(ServiceMeterBinder.class)
				.doesNotHaveBean(ProcessResourceMeterBinder.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner
			.withPropertyValues("service.manager=systemd", "service.state-directory=" + this.stateDirectory)
			.withClassLoader(new FilteredClassLoader(MeterBinder.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ServiceMeterBinder.class));
	}

	@Test
	void userReaderWins() {
		ProcessResources mine = Platform.current().processResources();
		this.contextRunner
			.withPropertyValues("service.manager=systemd", "service.state-directory=" + this.stateDirectory)
			.withBean(ProcessResources.class, () -> mine)
			.run((context) -> assertThat(context.getBean(ProcessResources.class)).isSameAs(mine));
	}

}
