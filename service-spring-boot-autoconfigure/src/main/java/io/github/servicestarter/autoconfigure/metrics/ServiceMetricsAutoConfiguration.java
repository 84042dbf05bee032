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

import io.github.servicestarter.autoconfigure.ConditionalOnServiceManager;
import io.github.servicestarter.autoconfigure.ServiceAutoConfiguration;
import io.github.servicestarter.lifecycle.MemoryPressureMonitor;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.metrics.ProcessResourceMeterBinder;
import io.github.servicestarter.metrics.ServiceMeterBinder;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.watchdog.WatchdogPinger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the service and process resource meters, under a service manager.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = ServiceAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MeterBinder.class, MeterRegistry.class })
@ConditionalOnBean({ ServiceManagerDetection.class, MeterRegistry.class })
@ConditionalOnServiceManager
public final class ServiceMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ServiceMeterBinder serviceMeterBinder(ServiceManagerDetection detection, ServiceIdentity identity,
			ObjectProvider<RestartAccounting> accounting, ObjectProvider<WatchdogPinger> watchdog,
			ObjectProvider<MemoryPressureMonitor> memoryPressure, ObjectProvider<StartupCacheUse> startupCache) {
		return new ServiceMeterBinder(detection, identity, accounting.getIfAvailable(), watchdog.getIfAvailable(),
				memoryPressure.getIfAvailable(), startupCache.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ProcessResources processResources(Platform platform) {
		return platform.processResources();
	}

	@Bean
	@ConditionalOnMissingBean
	ProcessResourceMeterBinder processResourceMeterBinder(ProcessResources processResources) {
		return new ProcessResourceMeterBinder(processResources);
	}

}
