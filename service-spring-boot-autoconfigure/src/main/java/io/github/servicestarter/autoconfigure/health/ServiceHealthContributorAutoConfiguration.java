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
