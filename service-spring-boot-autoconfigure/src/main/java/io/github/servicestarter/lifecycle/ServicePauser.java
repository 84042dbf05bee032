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

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pauses the application's work and continues it, for a service manager's pause control
 * (the Windows SCM's {@code PAUSE} and {@code CONTINUE}). A pause sets readiness to
 * {@link ReadinessState#REFUSING_TRAFFIC} and pauses the context
 * ({@link ConfigurableApplicationContext#pause()}): the pauseable lifecycle beans stop
 * (schedulers, executors, message listener containers), while the embedded web server,
 * which Spring Boot makes not pauseable, keeps serving. Continuing restarts them
 * ({@link ConfigurableApplicationContext#restart()}) and sets readiness back to
 * {@link ReadinessState#ACCEPTING_TRAFFIC}. Every pause and continue ends in a report to
 * the service manager, a failed one too, so that it never stays pending.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServicePauser {

	private static final Log logger = LogFactory.getLog(ServicePauser.class);

	private final ConfigurableApplicationContext context;

	private final ServiceNotifier notifier;

	/**
	 * Create a pauser.
	 * @param context the application context to pause
	 * @param notifier the notifier to report to
	 */
	public ServicePauser(ConfigurableApplicationContext context, ServiceNotifier notifier) {
		this.context = context;
		this.notifier = notifier;
	}

	/**
	 * Pause now; the service manager is told it paused, or, when the pause fails, that it
	 * runs on.
	 * @param trigger what asked for the pause
	 */
	public synchronized void pause(String trigger) {
		long start = System.nanoTime();
		logger.info("Pausing (" + trigger + ")");
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			this.context.pause();
		}
		catch (RuntimeException ex) {
			logger.error("Pausing failed; starting again what it stopped", ex);
			restart();
			this.notifier.ready("Pause failed: " + ex.getMessage());
			return;
		}
		String took = took(start);
		logger.info("Paused in " + took + "; the web server still answers, with readiness REFUSING_TRAFFIC");
		this.notifier.paused("Paused in " + took + " (" + trigger + ")");
	}

	/**
	 * Continue now; the service manager is told the service runs again.
	 * @param trigger what asked to continue
	 */
	public synchronized void resume(String trigger) {
		long start = System.nanoTime();
		logger.info("Continuing (" + trigger + ")");
		restart();
		String took = took(start);
		logger.info("Continued in " + took);
		this.notifier.ready("Continued in " + took + " (" + trigger + ")");
	}

	private void restart() {
		try {
			this.context.restart();
		}
		catch (RuntimeException ex) {
			// What did not start again cannot be retried safely: liveness tells the
			// monitors.
			logger.error("Starting the paused work again failed; liveness is now BROKEN", ex);
			AvailabilityChangeEvent.publish(this.context, LivenessState.BROKEN);
		}
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	private static String took(long start) {
		return Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms";
	}

}
