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

package io.github.servicestarter.autoconfigure;

import java.time.Duration;

import io.github.servicestarter.lifecycle.ContextRefresherReloadListener;
import io.github.servicestarter.lifecycle.HealthMonitor;
import io.github.servicestarter.lifecycle.HealthStatusSource;
import io.github.servicestarter.lifecycle.ReloadOnHangup;
import io.github.servicestarter.lifecycle.ServiceReloader;
import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.lifecycle.ShutdownPhaseMarker;
import io.github.servicestarter.lifecycle.ShutdownProgress;
import io.github.servicestarter.lifecycle.StopPhases;
import io.github.servicestarter.lifecycle.WatchdogHealth;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import io.github.servicestarter.testsupport.SpringApplicationEvents;
import io.github.servicestarter.watchdog.WatchdogGate;
import io.github.servicestarter.watchdog.WatchdogPinger;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link ServiceAutoConfiguration}.
 */
class ServiceAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(new SpringApplicationEvents())
		.withConfiguration(
				AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class, ServiceAutoConfiguration.class));

	@Test
	void providesTheBridgeBeans() {
		this.contextRunner.withPropertyValues("service.manager=none").run((context) -> {
			assertThat(context).hasSingleBean(ServiceManagerDetection.class)
				.hasSingleBean(ServiceNotifier.class)
				.hasSingleBean(WatchdogGate.class)
				.hasSingleBean(WatchdogPinger.class)
				.hasSingleBean(ServiceStateNotifications.class);
			assertThat(context.getBean(ServiceManagerDetection.class))
				.isEqualTo(ServiceManagerDetection.none("service.manager=none"));
			assertThat(context.getBean(ServiceNotifier.class)).isSameAs(ServiceNotifier.NONE);
		});
	}

	@Test
	void backsOffEntirelyWhenDisabled() {
		this.contextRunner.withPropertyValues("service.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceManagerDetection.class)
				.doesNotHaveBean(ServiceNotifier.class)
				.doesNotHaveBean(ServiceStateNotifications.class));
	}

	@Test
	void reloadIsWiredByDefaultAndCanBeSwitchedOff() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(ServiceReloader.class)
			.hasSingleBean(ReloadOnHangup.class));
		this.contextRunner.withPropertyValues("service.reload.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ServiceReloader.class)
				.doesNotHaveBean(ReloadOnHangup.class));
	}

	@Test
	void reloadRefreshesSpringCloudWhenItsRefresherIsPresent() {
		this.contextRunner.withBean(ContextRefresher.class).run((context) -> {
			assertThat(context).hasSingleBean(ContextRefresherReloadListener.class);
			context.getBean(ServiceReloader.class).reload("test");
			assertThat(context.getBean(ContextRefresher.class).refreshes()).isEqualTo(1);
		});
	}

	@Test
	void noSpringCloudHookWithoutItsRefresher() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ContextRefresherReloadListener.class));
		this.contextRunner.withBean(ContextRefresher.class)
			.withClassLoader(new FilteredClassLoader(ContextRefresher.class))
			.run((context) -> assertThat(context).doesNotHaveBean(ContextRefresherReloadListener.class));
	}

	@Test
	void shutdownProgressFollowsSpringsPhaseTimeout() {
		this.contextRunner.withPropertyValues("spring.lifecycle.timeout-per-shutdown-phase=5s")
			.withConfiguration(AutoConfigurations.of(LifecycleAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(ShutdownProgress.class).hasSingleBean(ShutdownPhaseMarker.class);
				assertThat(context.getBean(ShutdownPhaseMarker.class).getPhase()).isEqualTo(StopPhases.DRAINED);
				assertThat(context.getBean(ShutdownProgress.class)).extracting("drainTimeout")
					.isEqualTo(Duration.ofSeconds(5));
			});
	}

	@Test
	void watchdogCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("service.watchdog.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WatchdogPinger.class)
				.hasSingleBean(ServiceStateNotifications.class));
	}

	@Test
	void userBeansWin() {
		this.contextRunner.withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context.getBean(ServiceNotifier.class)).isInstanceOf(RecordingServiceNotifier.class);
			assertThat(context.getBean(ServiceManagerDetection.class).manager()).isEqualTo(ServiceManager.SYSTEMD);
			assertThat(context.getBean(WatchdogGate.class)).isSameAs(WatchdogGate.ALWAYS);
		});
	}

	@Test
	void noHealthSourceWithoutActuatorHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthEndpoint.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(HealthStatusSource.class)
				.hasSingleBean(ServiceStateNotifications.class));
	}

	@Test
	void healthSourceOnlyWithAHealthEndpointBean() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(HealthStatusSource.class));
		this.contextRunner.withBean(HealthEndpoint.class, () -> mock(HealthEndpoint.class))
			.run((context) -> assertThat(context).hasSingleBean(HealthStatusSource.class)
				.hasSingleBean(HealthMonitor.class)
				.hasSingleBean(WatchdogHealth.class));
	}

	@Test
	void invalidDurationFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("service.startup.progress-timeout=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("service.startup.progress-timeout must be a positive duration"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		@Bean
		ServiceNotifier userNotifier() {
			return new RecordingServiceNotifier(Duration.ofSeconds(1));
		}

		@Bean
		ServiceManagerDetection userDetection() {
			return new ServiceManagerDetection(ServiceManager.SYSTEMD, "user bean");
		}

		@Bean
		WatchdogGate userGate() {
			return WatchdogGate.ALWAYS;
		}

	}

}
