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

package io.github.servicestarter.systemd;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.github.servicestarter.manager.HostProcess;

/**
 * The watchdog systemd asks this process to serve: {@code WATCHDOG_USEC} is the timeout,
 * and it applies only when {@code WATCHDOG_PID} is unset or names this process (a child
 * that inherited the environment must not ping on its parent's behalf).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class WatchdogSettings {

	private WatchdogSettings() {
	}

	/**
	 * Read the watchdog timeout from the environment.
	 * @param process the process facts
	 * @return the timeout, or empty when no watchdog applies to this process
	 * @throws IllegalArgumentException if {@code WATCHDOG_USEC} is not a positive number
	 */
	public static Optional<Duration> timeout(HostProcess process) {
		String usec = process.getenv("WATCHDOG_USEC");
		if (usec == null || usec.isEmpty()) {
			return Optional.empty();
		}
		String watchdogPid = process.getenv("WATCHDOG_PID");
		if (watchdogPid != null && !watchdogPid.isEmpty()
				&& !watchdogPid.strip().equals(Long.toString(process.pid()))) {
			return Optional.empty();
		}
		long micros;
		try {
			micros = Long.parseLong(usec.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("WATCHDOG_USEC '" + usec + "' is not a number of microseconds", ex);
		}
		if (micros <= 0) {
			throw new IllegalArgumentException("WATCHDOG_USEC '" + usec + "' must be positive");
		}
		// Any positive long: WatchdogSec=1000y gives more microseconds than a long of
		// nanoseconds holds.
		return Optional.of(Duration.of(micros, ChronoUnit.MICROS));
	}

}
