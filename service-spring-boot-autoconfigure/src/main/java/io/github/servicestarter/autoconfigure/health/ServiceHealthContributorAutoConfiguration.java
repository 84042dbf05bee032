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

import io.github.servicestarter.autoconfigure.ConditionalOnServiceManager;
import io.github.servicestarter.autoconfigure.ServiceAutoConfiguration;
import io.github.servicestarter.health.ServiceHealthIndicator;
import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.watchdog.WatchdogPinger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code service} health contributor, under a service manager.
 * Switched off with {@code management.health.service.enabled=false}. Ordered as Spring
 * Boot's own contributors are: before {@code HealthContributorAutoConfiguration}, and
 * only once the starter's state exists.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = ServiceAutoConfiguration.class,
		beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ServiceStateNotifications.class)
@ConditionalOnEnabledHealthIndicator("service")
@ConditionalOnServiceManager
public final class ServiceHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "serviceHealthIndicator")
	ServiceHealthIndicator serviceHealthIndicator(ServiceManagerDetection detection, ServiceStateNotifications state,
			ObjectProvider<WatchdogPinger> watchdog) {
		return new ServiceHealthIndicator(detection, state, watchdog.getIfAvailable());
	}

}
