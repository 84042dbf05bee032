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

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;

import io.github.servicestarter.health.WatchdogHealthGroup;
import io.github.servicestarter.lifecycle.AvailabilityWatchdogGate;
import io.github.servicestarter.lifecycle.ContextRefresherReloadListener;
import io.github.servicestarter.lifecycle.HealthMonitor;
import io.github.servicestarter.lifecycle.HealthStatusSource;
import io.github.servicestarter.lifecycle.MemoryPressureMonitor;
import io.github.servicestarter.lifecycle.ReloadOnHangup;
import io.github.servicestarter.lifecycle.ServicePauser;
import io.github.servicestarter.lifecycle.ServiceReloader;
import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.lifecycle.ShutdownPhaseMarker;
import io.github.servicestarter.lifecycle.ShutdownProgress;
import io.github.servicestarter.lifecycle.StopPhases;
import io.github.servicestarter.lifecycle.WatchdogHealth;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.restarts.DumpBudget;
import io.github.servicestarter.restarts.HeapDumpSwitch;
import io.github.servicestarter.restarts.HotSpotHeapDump;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.restarts.RestartJournal;
import io.github.servicestarter.restarts.RunEnd;
import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.SystemdUnit;
import io.github.servicestarter.watchdog.WatchdogGate;
import io.github.servicestarter.watchdog.WatchdogPinger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;

/**
 * Auto-configuration that bridges the application's lifecycle to the service manager that
 * launched it, from the {@link ServiceManagerRun} that
 * {@link ServiceManagerApplicationListener} registered before the context refresh.
 * Without one ({@code service.enabled=false}, or a context {@code SpringApplication} did
 * not start) it backs off.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = { "org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration",
				"org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration",
				"org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration" })
@ConditionalOnBean(ServiceManagerRun.class)
@EnableConfigurationProperties(ServiceProperties.class)
public final class ServiceAutoConfiguration {

	private static final Duration DEFAULT_SHUTDOWN_PHASE_TIMEOUT = Duration.ofSeconds(30);

	@Bean
	@ConditionalOnMissingBean
	ServiceManagerDetection serviceManagerDetection(ServiceManagerRun run) {
		return run.detection();
	}

	@Bean
	@ConditionalOnMissingBean
	ServiceNotifier serviceNotifier(ServiceManagerRun run) {
		return run.notifier();
	}

	@Bean
	@ConditionalOnMissingBean
	Platform servicePlatform(ServiceManagerRun run) {
		return run.platform();
	}

	@Bean
	@ConditionalOnMissingBean
	ServiceIdentity serviceIdentity(Environment environment, Platform platform) {
		return platform.identity(environment::getProperty, HostProcess.current());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(ApplicationAvailability.class)
	WatchdogGate serviceWatchdogGate(ApplicationAvailability availability,
			ObjectProvider<WatchdogHealth> watchdogHealth, ServiceProperties properties) {
		ServiceProperties.Watchdog watchdog = properties.getWatchdog();
		// The watchdog's health group, never the overall health; it never blocks.
		WatchdogHealth group = watchdogHealth.getIfAvailable();
		return new AvailabilityWatchdogGate(availability, group, watchdog.getHealthGrace(),
				watchdog.isTriggerOnBroken());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "service.watchdog.enabled", matchIfMissing = true)
	WatchdogPinger serviceWatchdogPinger(ServiceNotifier notifier, ObjectProvider<WatchdogGate> gate) {
		return new WatchdogPinger(notifier, gate.getIfAvailable(() -> WatchdogGate.ALWAYS));
	}

	@Bean(destroyMethod = "finish")
	@ConditionalOnMissingBean
	ShutdownProgress serviceShutdownProgress(ServiceNotifier notifier, ServiceProperties properties,
			ObjectProvider<LifecycleProperties> lifecycle) {
		Duration drainTimeout = lifecycle.getIfAvailable(LifecycleProperties::new).getTimeoutPerShutdownPhase();
		return new ShutdownProgress(notifier, properties.getShutdown().getProgressTimeout(),
				(drainTimeout != null) ? drainTimeout : DEFAULT_SHUTDOWN_PHASE_TIMEOUT);
	}

	@Bean
	ShutdownPhaseMarker serviceDrainedMarker(ShutdownProgress shutdownProgress) {
		return new ShutdownPhaseMarker(StopPhases.DRAINED, shutdownProgress::drained);
	}

	@Bean
	ServiceStateNotifications serviceStateNotifications(ApplicationContext context, ServiceNotifier notifier,
			ServiceManagerRun run, ObjectProvider<WatchdogPinger> watchdog, ObjectProvider<HealthMonitor> health,
			ShutdownProgress shutdownProgress) {
		return new ServiceStateNotifications(context, notifier, run.startupProgress(), watchdog.getIfAvailable(),
				health.getIfAvailable(), shutdownProgress);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "service.windows.pause.enabled", matchIfMissing = true)
	ServicePauser servicePauser(ConfigurableApplicationContext context, ServiceNotifier notifier) {
		return new ServicePauser(context, notifier);
	}

	@Bean
	@ConditionalOnMissingBean
	MemoryPressureMonitor serviceMemoryPressureMonitor(ServiceManagerDetection detection, Platform platform,
			ApplicationEventPublisher publisher) {
		// systemd 254+ hands the pressure file and trigger; nothing else starts the
		// thread.
		MemoryPressureWatch watch = (detection.manager() == ServiceManager.SYSTEMD)
				? MemoryPressureWatch.fromEnvironment(HostProcess.current()).orElse(null) : null;
		return new MemoryPressureMonitor(watch, platform::pressureTrigger, publisher);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnServiceManager
	static class RestartAccountingConfiguration {

		private static final Log logger = LogFactory.getLog(StartupCacheUse.class);

		@Bean
		@ConditionalOnMissingBean
		RestartAccounting serviceRestartAccounting(ServiceProperties properties, ServiceIdentity identity,
				ServiceManagerDetection detection, ServiceNotifier notifier) {
			HostProcess process = HostProcess.current();
			RestartJournal journal = RestartJournal.open(identity.stateDirectory(), process.pid(), Clock.systemUTC());
			RunEnd previous = journal.record().lastEnd();
			if (previous != null && journal.problem() == null) {
				notifier.previousRunEnded(previous.description(), previous.crash());
			}
			// After the journal looked for the last run's dumps: the budget may remove
			// older ones.
			HeapDumpSwitch heapDump = HotSpotHeapDump.current();
			if (heapDump != null) {
				long heap = Runtime.getRuntime().maxMemory();
				DataSize maxSize = properties.getDumps().getMaxSize();
				new DumpBudget(identity.dumpsDirectory(), (maxSize != null) ? maxSize.toBytes() : 2 * heap, heap)
					.apply(heapDump);
			}
			String unit = identity.unit();
			Supplier<OptionalLong> managerRestarts = (detection.manager() == ServiceManager.SYSTEMD && unit != null)
					? new SystemdUnit(unit, process.getenv("MANAGERPID") != null)::readRestarts : null;
			return new RestartAccounting(journal, managerRestarts);
		}

		@Bean
		@ConditionalOnMissingBean
		StartupCacheUse serviceStartupCache() {
			StartupCacheUse use = StartupCacheUse.current(HostProcess.current());
			if (use.state() == StartupCacheUse.State.REJECTED) {
				logger.warn("Startup cache: " + use.description());
			}
			else if (use.state() != StartupCacheUse.State.NONE) {
				logger.info("Startup cache: " + use.description());
			}
			return use;
		}

		@Bean
		ShutdownPhaseMarker serviceCleanStopMarker(RestartAccounting accounting) {
			return new ShutdownPhaseMarker(StopPhases.CLEAN_STOP,
					() -> accounting.journal().recordCleanStop("application context closed"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "service.reload.enabled", matchIfMissing = true)
	static class ReloadConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ServiceReloader serviceReloader(ApplicationContext context, ServiceNotifier notifier) {
			return new ServiceReloader(context, notifier);
		}

		@Bean
		ReloadOnHangup serviceReloadOnHangup(ServiceReloader reloader, ServiceManagerDetection detection) {
			return new ReloadOnHangup(reloader, detection.manager() == ServiceManager.SYSTEMD);
		}

		@Bean
		@ConditionalOnClass(name = ContextRefresherReloadListener.CONTEXT_REFRESHER)
		@ConditionalOnBean(type = ContextRefresherReloadListener.CONTEXT_REFRESHER)
		ContextRefresherReloadListener serviceContextRefresherReloadListener(ApplicationContext context)
				throws ClassNotFoundException {
			Class<?> type = ClassUtils.forName(ContextRefresherReloadListener.CONTEXT_REFRESHER,
					context.getClassLoader());
			return new ContextRefresherReloadListener(context.getBean(type));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthEndpoint.class)
	static class HealthStatusConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(HealthEndpoint.class)
		HealthStatusSource serviceHealthStatusSource(ObjectProvider<HealthEndpoint> healthEndpoint) {
			// Resolved when asked: the health registry itself may depend on this
			// starter's beans.
			return () -> healthEndpoint.getObject().health().getStatus().getCode();
		}

		@Bean(destroyMethod = "stop")
		@ConditionalOnMissingBean
		@ConditionalOnBean(HealthEndpoint.class)
		WatchdogHealthGroup serviceWatchdogHealthGroup(ObjectProvider<HealthEndpoint> healthEndpoint,
				ServiceProperties properties) {
			ServiceProperties.Watchdog watchdog = properties.getWatchdog();
			return new WatchdogHealthGroup(healthEndpoint::getObject, watchdog.getHealthGroup(),
					watchdog.getHealthTimeout());
		}

		@Bean(destroyMethod = "stop")
		@ConditionalOnMissingBean
		@ConditionalOnBean(HealthEndpoint.class)
		HealthMonitor serviceHealthMonitor(HealthStatusSource healthStatusSource, ServiceProperties properties) {
			return new HealthMonitor(healthStatusSource, properties.getWatchdog().getHealthTimeout());
		}

	}

}
