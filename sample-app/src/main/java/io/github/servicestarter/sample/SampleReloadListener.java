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

import io.github.servicestarter.lifecycle.ServiceReloadEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to {@code systemctl reload}, taking {@code sample.reload-delay} to do so, the
 * way an application would re-read certificates or flush caches.
 *
 * @author Service Starter contributors
 */
@Component
class SampleReloadListener implements ApplicationListener<ServiceReloadEvent> {

	private static final Log logger = LogFactory.getLog(SampleReloadListener.class);

	private final SampleProperties properties;

	SampleReloadListener(SampleProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(ServiceReloadEvent event) {
		logger.info("Sample reload listener started (" + event.getTrigger() + ")");
		try {
			Thread.sleep(this.properties.getReloadDelay().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		logger.info("Sample reload listener finished");
	}

}
