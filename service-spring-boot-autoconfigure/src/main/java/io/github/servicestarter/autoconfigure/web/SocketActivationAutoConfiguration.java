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

package io.github.servicestarter.autoconfigure.web;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.web.JettySocketActivation;
import io.github.servicestarter.web.TomcatSocketActivation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@link AutoConfiguration Auto-configuration} of systemd socket activation for the
 * embedded Tomcat and Jetty.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "service.enabled", matchIfMissing = true)
public final class SocketActivationAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory")
	static class TomcatConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TomcatSocketActivation tomcatSocketActivation(Environment environment) {
			return new TomcatSocketActivation(HostProcess.current(), Platform.current(),
					environment.getProperty("server.port", Integer.class),
					environment.getProperty("management.server.port", Integer.class));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.jetty.ConfigurableJettyWebServerFactory")
	static class JettyConfiguration {

		@Bean
		@ConditionalOnMissingBean
		JettySocketActivation jettySocketActivation(Environment environment,
				ObjectProvider<LoggingSystem> loggingSystem) {
			return new JettySocketActivation(HostProcess.current(), Platform.current(),
					environment.getProperty("server.port", Integer.class),
					environment.getProperty("management.server.port", Integer.class), loggingSystem.getIfAvailable());
		}

	}

}
