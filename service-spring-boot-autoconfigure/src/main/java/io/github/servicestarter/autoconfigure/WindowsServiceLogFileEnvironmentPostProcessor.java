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

import java.util.Map;
import java.util.function.Function;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.manager.ServiceManagerSettings;
import io.github.servicestarter.platform.Platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Under the Windows Service Control Manager a service has no console, so without a log
 * file of the application's own its log would be written nowhere. When the application
 * sets neither {@code logging.file.name} nor {@code logging.file.path}, this sets
 * {@code logging.file.name} to {@code <state directory>\logs\<name>.log}, as a default
 * the application's own settings override: Spring Boot's file logging then writes it,
 * rolling by {@code logging.logback.rollingpolicy.*} (Log4j2 likewise). Elsewhere it
 * changes nothing and loads no native code.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class WindowsServiceLogFileEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "serviceWindowsLogFile";

	private final HostFacts host;

	private final Function<ServiceManagerSelection, ServiceManagerDetection> detection;

	/**
	 * Create the post-processor of a run.
	 * @param bootstrap the run's bootstrap context, which holds its detection
	 */
	public WindowsServiceLogFileEnvironmentPostProcessor(BootstrapContext bootstrap) {
		this(Platform.current().host(), RunDetection.of(bootstrap)::detect);
	}

	WindowsServiceLogFileEnvironmentPostProcessor(HostFacts host,
			Function<ServiceManagerSelection, ServiceManagerDetection> detection) {
		this.host = host;
		this.detection = detection;
	}

	@Override
	public int getOrder() {
		// After the application's configuration is loaded, so that its own log settings
		// are known.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!this.host.windows() || environment.containsProperty("logging.file.name")
				|| environment.containsProperty("logging.file.path")) {
			return;
		}
		ServiceManagerSettings settings = ServiceManagerSettings.read(environment::getProperty);
		if (!settings.enabled() || this.detection.apply(settings.selection()).manager() != ServiceManager.WINDOWS) {
			return;
		}
		ServiceIdentity identity = ServiceIdentity.resolve(environment::getProperty, null, null, this.host);
		// Last: the application's own logging settings, from any source, win.
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("logging.file.name", identity.defaultLogFile().toString())));
	}

}
