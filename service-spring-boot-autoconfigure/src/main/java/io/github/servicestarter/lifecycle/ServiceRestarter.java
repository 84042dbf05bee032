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

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import io.github.servicestarter.manager.ServiceNotifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Restarts the service through its manager: stops the application gracefully (the same
 * drain as a stop request), then exits with {@link #RESTART_EXIT_CODE}, which a systemd
 * unit with {@code Restart=on-failure} (or {@code RestartForceExitStatus=75}) answers
 * with a restart, and which the Windows SCM sees as a service-specific error that fires
 * the service's recovery actions.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceRestarter {

	/** Exit status of a requested restart: EX_TEMPFAIL, "try again later". */
	public static final int RESTART_EXIT_CODE = 75;

	private static final Log logger = LogFactory.getLog(ServiceRestarter.class);

	private final ConfigurableApplicationContext context;

	private final ServiceNotifier notifier;

	private final IntConsumer exit;

	private final AtomicBoolean requested = new AtomicBoolean();

	public ServiceRestarter(ConfigurableApplicationContext context, ServiceNotifier notifier) {
		this(context, notifier, System::exit);
	}

	ServiceRestarter(ConfigurableApplicationContext context, ServiceNotifier notifier, IntConsumer exit) {
		this.context = context;
		this.notifier = notifier;
		this.exit = exit;
	}

	/**
	 * Request a restart. Returns at once; the stop runs on a thread of its own.
	 * @param reason why, for the log
	 * @return {@code false} when a restart was already requested
	 */
	public boolean requestRestart(String reason) {
		if (!this.requested.compareAndSet(false, true)) {
			return false;
		}
		Thread restart = new Thread(() -> {
			logger.info("Restart requested (" + reason + "): stopping gracefully, then exiting with status "
					+ RESTART_EXIT_CODE + " for the service manager to start the service again");
			this.notifier.exitCode(RESTART_EXIT_CODE);
			int exitCode = SpringApplication.exit(this.context, () -> RESTART_EXIT_CODE);
			this.exit.accept(exitCode);
		}, "service-restart");
		restart.start();
		return true;
	}

}
