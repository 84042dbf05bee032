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

import io.github.servicestarter.lifecycle.StartupProgress;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSettings;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.platform.Platform;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The one factory of a {@link ServiceManagerRun}: detects the manager (or takes what the
 * early Windows connection detected), connects the notifier and prepares the start-up
 * progress, from settings read leniently, so that an invalid value cannot keep the
 * manager from hearing about the failure it causes.
 *
 * @author Service Starter contributors
 */
final class ServiceManagerRunFactory {

	private final ServiceManagerConnector connector;

	private final WindowsServiceConnection windows;

	ServiceManagerRunFactory(ServiceManagerConnector connector, WindowsServiceConnection windows) {
		this.connector = connector;
		this.windows = windows;
	}

	/**
	 * Build the run of a prepared environment.
	 * @param environment the environment
	 * @param runDetection the run's detection
	 * @return the run, or {@code null} when {@code service.enabled} turns the starter off
	 */
	@Nullable ServiceManagerRun create(ConfigurableEnvironment environment, RunDetection runDetection) {
		ServiceManagerSettings settings = ServiceManagerSettings.read(environment::getProperty);
		if (!settings.enabled()) {
			return null;
		}
		ServiceManagerDetection early = this.windows.earlyDetection();
		ServiceManagerDetection detection = (early != null) ? early : runDetection.detect(settings.selection());
		Platform platform = this.connector.platform();
		if (!detection.isManaged()) {
			return new ServiceManagerRun(platform, detection, ServiceNotifier.NONE, StartupProgress.unreported());
		}
		Binder binder = Binder.get(environment);
		ServiceNotifier notifier = (detection.manager() == ServiceManager.WINDOWS)
				? this.windows.connect(binder, platform.serviceName(environment::getProperty, this.connector.process()))
				: this.connector.openNotifier(detection);
		ServiceProperties.Startup startup = LenientBinding.startup(binder);
		return new ServiceManagerRun(platform, detection, notifier,
				new StartupProgress(notifier, startup.getProgressTimeout(), startup.getTimeout()));
	}

}
