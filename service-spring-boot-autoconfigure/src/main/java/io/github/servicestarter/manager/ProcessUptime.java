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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * How long ago the process started, for what the starter reports in those terms (the
 * Windows start limit, how soon the SCM heard from the service, the ready status line).
 * It is the JVM's own clock, to the millisecond: {@code ProcessHandle}'s start time has
 * whole seconds of boot time in it on Linux, and needs {@code /proc/stat}, which a unit's
 * {@code ProcSubset=pid} hides. A runtime without the {@code java.management} module (a
 * small jlink image of the Windows core) is answered by {@code ProcessHandle}.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ProcessUptime {

	private static final boolean JVM_CLOCK = ModuleLayer.boot().findModule("java.management").isPresent();

	private ProcessUptime() {
	}

	/**
	 * Return the time since the process started.
	 * @return the uptime, zero when neither the JVM nor the OS tells it
	 */
	public static Duration now() {
		if (JVM_CLOCK) {
			return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
		}
		return ProcessHandle.current()
			.info()
			.startInstant()
			.map((start) -> Duration.between(start, Instant.now()))
			.orElse(Duration.ZERO);
	}

}
