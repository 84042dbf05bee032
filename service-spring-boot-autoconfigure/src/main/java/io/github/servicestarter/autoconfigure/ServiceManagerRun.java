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
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.platform.Platform;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * What one run of the application knows about its service manager before its context
 * exists: built once by {@link ServiceManagerRunFactory} when the environment is
 * prepared, registered by {@link ServiceManagerApplicationListener} as the bean
 * {@value #BEAN_NAME}, and read by {@link OnServiceManagerCondition} and
 * {@link ServiceAutoConfiguration}. A context that {@code SpringApplication} did not
 * start, or a run with {@code service.enabled=false}, has none, and gets none of the
 * starter's beans.
 *
 * @param platform the operating system it runs on, the door to native code
 * @param detection which manager launched the process, and by what rule
 * @param notifier the notifier that talks to it ({@link ServiceNotifier#NONE} without
 * one)
 * @param startupProgress the start-up progress reported to it
 * ({@link StartupProgress#unreported()} without a manager)
 * @author Service Starter contributors
 */
record ServiceManagerRun(Platform platform, ServiceManagerDetection detection, ServiceNotifier notifier,
		StartupProgress startupProgress) {

	static final String BEAN_NAME = "serviceManagerRun";

	/**
	 * Return the run registered in a bean factory.
	 * @param beanFactory the bean factory
	 * @return the run, or {@code null} when none was registered
	 */
	static @Nullable ServiceManagerRun registeredIn(@Nullable ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory != null && beanFactory.containsSingleton(BEAN_NAME)
				&& beanFactory.getSingleton(BEAN_NAME) instanceof ServiceManagerRun run) {
			return run;
		}
		return null;
	}

}
