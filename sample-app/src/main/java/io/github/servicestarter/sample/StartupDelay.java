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

package io.github.servicestarter.sample;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Slows start-up down by {@code sample.startup-delay}, spread over beans of half a second
 * each, the way a large application's start-up progresses bean by bean.
 *
 * @author Service Starter contributors
 */
@Configuration(proxyBeanMethods = false)
class StartupDelay {

	private static final Duration STEP = Duration.ofMillis(500);

	@Bean
	static BeanDefinitionRegistryPostProcessor sampleStartupDelayRegistrar() {
		return new Registrar();
	}

	static final class Registrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

		private Duration delay = Duration.ZERO;

		@Override
		public void setEnvironment(Environment environment) {
			this.delay = Binder.get(environment).bind("sample.startup-delay", Duration.class).orElse(Duration.ZERO);
		}

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
			long steps = (this.delay.toMillis() + STEP.toMillis() - 1) / STEP.toMillis();
			for (int step = 0; step < steps; step++) {
				RootBeanDefinition definition = new RootBeanDefinition(Step.class);
				definition.setInstanceSupplier(() -> new Step(STEP));
				registry.registerBeanDefinition("sampleStartupStep" + step, definition);
			}
		}

	}

	static final class Step {

		private static final Log logger = LogFactory.getLog(Step.class);

		Step(Duration duration) {
			logger.debug("Slow start-up step of " + duration.toMillis() + " ms");
			try {
				Thread.sleep(duration.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
