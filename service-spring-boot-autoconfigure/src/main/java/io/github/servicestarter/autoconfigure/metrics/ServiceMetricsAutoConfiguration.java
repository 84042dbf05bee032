package io.github.servicestarter.autoconfigure.metrics;

import io.github.servicestarter.autoconfigure.ConditionalOnServiceManager;
import io.github.servicestarter.autoconfigure.ServiceAutoConfiguration;
import io.github.servicestarter.journal.RestartAccounting;
import io.github.servicestarter.lifecycle.MemoryPressureMonitor;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.metrics.ProcessResourceMeterBinder;
import io.github.servicestarter.metrics.ServiceMeterBinder;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.resources.ProcessResources;
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
