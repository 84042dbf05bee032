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

package io.github.servicestarter.lifecycle;

import java.lang.reflect.Method;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.util.ReflectionUtils;

/**
 * Refreshes Spring Cloud's {@code @RefreshScope} beans and
 * {@code @ConfigurationProperties} on each {@link ServiceReloadEvent}, by calling
 * {@code ContextRefresher.refresh()}. Reached reflectively, so the starter does not
 * depend on Spring Cloud.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ContextRefresherReloadListener implements ApplicationListener<ServiceReloadEvent> {

	/** Class name of Spring Cloud's context refresher. */
	public static final String CONTEXT_REFRESHER = "org.springframework.cloud.context.refresh.ContextRefresher";

	private static final Log logger = LogFactory.getLog(ContextRefresherReloadListener.class);

	private final Object contextRefresher;

	private final Method refresh;

	/**
	 * Create a listener for the given refresher.
	 * @param contextRefresher the {@code ContextRefresher} bean of Spring Cloud
	 */
	public ContextRefresherReloadListener(Object contextRefresher) {
		this.contextRefresher = contextRefresher;
		Method refresh = ReflectionUtils.findMethod(contextRefresher.getClass(), "refresh");
		if (refresh == null) {
			throw new IllegalArgumentException(contextRefresher.getClass().getName() + " has no refresh() method");
		}
		this.refresh = refresh;
	}

	@Override
	public void onApplicationEvent(ServiceReloadEvent event) {
		Object changedKeys = ReflectionUtils.invokeMethod(this.refresh, this.contextRefresher);
		logger.info("Spring Cloud context refreshed; changed keys: " + changedKeys);
	}

}
