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

import java.time.Duration;

import io.github.servicestarter.manager.ServiceNotifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Runs one configuration reload: tells the service manager a reload has begun, publishes
 * a {@link ServiceReloadEvent} and waits for its listeners, then tells the manager the
 * service is ready again, with the outcome in the status line. Reloads never overlap.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceReloader {

	private static final Log logger = LogFactory.getLog(ServiceReloader.class);

	private final ApplicationEventPublisher publisher;

	private final ServiceNotifier notifier;

	public ServiceReloader(ApplicationEventPublisher publisher, ServiceNotifier notifier) {
		this.publisher = publisher;
		this.notifier = notifier;
	}

	/**
	 * Reload now.
	 * @param trigger what asked for the reload
	 * @return whether every listener succeeded
	 */
	public synchronized boolean reload(String trigger) {
		long start = System.nanoTime();
		this.notifier.reloading("Reloading (" + trigger + ")");
		logger.info("Reloading (" + trigger + ")");
		try {
			this.publisher.publishEvent(new ServiceReloadEvent(this, trigger));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			logger.info("Reloaded in " + took.toMillis() + " ms");
			this.notifier.ready("Reloaded in " + took.toMillis() + " ms");
			return true;
		}
		catch (RuntimeException ex) {
			logger.error("Reload failed; the application keeps running with its previous configuration", ex);
			this.notifier.reloadFailed("Reload failed: " + ex.getMessage());
			return false;
		}
	}

}
