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

package io.github.servicestarter.manager;

import java.time.Duration;
import java.util.Optional;

/**
 * What the application tells its service manager, in terms every manager understands.
 * Each manager maps the calls onto its own protocol (systemd's {@code sd_notify} fields,
 * the Windows SCM's service states). Implementations never throw: a notification that
 * cannot be delivered is reported in the log and the application carries on.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface ServiceNotifier {

	/**
	 * Notifier that tells nobody anything, used when no service manager is present.
	 */
	ServiceNotifier NONE = new ServiceNotifier() {
	};

	/**
	 * Report progress while starting or stopping and ask the manager for more time.
	 * @param status one-line status text
	 * @param extension how much longer, from now, the current phase may take
	 */
	default void progress(String status, Duration extension) {
	}

	/**
	 * Report that start-up finished and the service is ready.
	 * @param status one-line status text
	 */
	default void ready(String status) {
	}

	/**
	 * Report a one-line status text.
	 * @param status the status text
	 */
	default void status(String status) {
	}

	/**
	 * Report that the service has begun to stop.
	 * @param status one-line status text
	 */
	default void stopping(String status) {
	}

	/**
	 * Report that the service has begun to reload its configuration. Must be followed by
	 * {@link #ready(String)} when the reload is over.
	 * @param status one-line status text
	 */
	default void reloading(String status) {
	}

	/**
	 * Report that a reload has failed and the service runs on with its previous
	 * configuration; ends the reload as {@link #ready(String)} does.
	 * @param status one-line status text
	 */
	default void reloadFailed(String status) {
		ready(status);
	}

	/**
	 * Report that the service has paused: its work stops and its process runs on. A later
	 * {@link #ready(String)} reports it running again.
	 * @param status one-line status text
	 */
	default void paused(String status) {
		status(status);
	}

	/**
	 * Report, as the service starts, how its previous run ended. Managers whose own log
	 * takes the application's (systemd's journal) ignore it: the restart journal logs it.
	 * @param description the end, in one sentence
	 * @param crash whether the run ended without a clean stop
	 */
	default void previousRunEnded(String description, boolean crash) {
	}

	/**
	 * Report that the service failed and is about to exit.
	 * @param status one-line description of the failure
	 * @param errno the {@code errno}-style code of the failure, or {@code 0} when none
	 * applies
	 */
	default void failed(String status, int errno) {
	}

	/**
	 * Announce the exit code the process will stop with when it is not a plain stop, such
	 * as a requested restart. Managers that learn it from the process exit (systemd)
	 * ignore it; the Windows SCM reports it with {@link #stopped()} as a service-specific
	 * error, so that recovery actions fire.
	 * @param code the exit code
	 */
	default void exitCode(int code) {
	}

	/**
	 * Report that the service has stopped and the process is about to exit: the last
	 * call. Managers that learn it from the process exit (systemd) ignore it.
	 */
	default void stopped() {
	}

	/**
	 * Tell the manager's watchdog that the service is alive.
	 */
	default void watchdog() {
	}

	/**
	 * Ask the manager to act as if the watchdog timed out now.
	 */
	default void watchdogTrigger() {
	}

	/**
	 * Return the watchdog timeout the manager enforces for this process.
	 * @return the timeout, or empty when the manager runs no watchdog for us
	 */
	default Optional<Duration> watchdogTimeout() {
		return Optional.empty();
	}

}
