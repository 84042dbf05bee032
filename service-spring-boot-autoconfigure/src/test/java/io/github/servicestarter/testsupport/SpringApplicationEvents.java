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

package io.github.servicestarter.testsupport;

import io.github.servicestarter.autoconfigure.ServiceManagerApplicationListener;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a context that an {@code ApplicationContextRunner} builds what
 * {@code SpringApplication} gives one before its refresh: the starter's early listener
 * sees the environment prepared, the context initialized and prepared, so that the
 * auto-configurations are tested on the path users run, with the run the listener
 * registers.
 */
public final class SpringApplicationEvents implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String[] NO_ARGUMENTS = {};

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ServiceManagerApplicationListener listener = new ServiceManagerApplicationListener();
		SpringApplication application = new SpringApplication();
		listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application,
				NO_ARGUMENTS, context.getEnvironment()));
		listener.onApplicationEvent(new ApplicationContextInitializedEvent(application, NO_ARGUMENTS, context));
		listener.onApplicationEvent(new ApplicationPreparedEvent(application, NO_ARGUMENTS, context));
	}

}
