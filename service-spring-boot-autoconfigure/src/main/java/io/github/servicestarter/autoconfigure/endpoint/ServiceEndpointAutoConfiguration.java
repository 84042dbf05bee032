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
import io.github.servicestarter.autoconfigure.ServiceSecretsEnvironmentPostProcessor;
import io.github.servicestarter.endpoint.PropertySourceSanitizingFunction;
import io.github.servicestarter.endpoint.ServiceEndpoint;
import io.github.servicestarter.endpoint.ServiceRestartEndpoint;
import io.github.servicestarter.lifecycle.ServiceRestarter;
import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.watchdog.WatchdogPinger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@code service} endpoint, available without a service manager
 * too (where it shows why none was detected), and of the {@code servicerestart} endpoint,
 * which has no access unless granted, and the masking of the service's secrets.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = ServiceAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnBean(ServiceStateNotifications.class)
public final class ServiceEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(ServiceEndpoint.class)
	ServiceEndpoint serviceEndpoint(ServiceManagerDetection detection, ServiceIdentity identity,
			ServiceStateNotifications state, ObjectProvider<RestartAccounting> accounting,
			ObjectProvider<WatchdogPinger> watchdog, ObjectProvider<StartupCacheUse> startupCache) {
		return new ServiceEndpoint(detection, identity, state, accounting.getIfAvailable(), watchdog.getIfAvailable(),
				startupCache.getIfAvailable());
	}

	@Bean
	PropertySourceSanitizingFunction serviceSecretsSanitizingFunction() {
		return new PropertySourceSanitizingFunction(ServiceSecretsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnAvailableEndpoint(ServiceRestartEndpoint.class)
	static class ServiceRestartEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ServiceRestarter serviceRestarter(ConfigurableApplicationContext context, ServiceNotifier notifier) {
			return new ServiceRestarter(context, notifier);
		}

		@Bean
		@ConditionalOnMissingBean
		ServiceRestartEndpoint serviceRestartEndpoint(ServiceRestarter restarter) {
			return new ServiceRestartEndpoint(restarter);
		}

	}

}
