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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import io.github.servicestarter.manager.HostProcess;

/**
 * What systemd 254 and later hand a service for watching its memory pressure
 * ({@code MemoryPressureWatch=}, on by default where the unit's memory is accounted):
 * {@code $MEMORY_PRESSURE_WATCH}, the cgroup's {@code memory.pressure} file, and
 * {@code $MEMORY_PRESSURE_WRITE}, the trigger to write into it, Base64-encoded (such as
 * {@code some 200000 2000000}: 200 ms stalled within 2 s). After the write, the kernel
 * signals the file ({@code POLLPRI}) each time the threshold is crossed (systemd's
 * "Memory Pressure Handling" protocol).
 *
 * @param file the pressure file
 * @param trigger the bytes to write into it
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record MemoryPressureWatch(Path file, byte[] trigger) {

	/** The variable naming the file. */
	public static final String WATCH = "MEMORY_PRESSURE_WATCH";

	/** The variable holding the trigger. */
	public static final String WRITE = "MEMORY_PRESSURE_WRITE";

	/**
	 * Read the watch systemd asked for.
	 * @param process the process's facts
	 * @return the watch, empty when systemd asked for none ({@code /dev/null} means
	 * switched off), or the variables cannot be used as they are
	 */
	public static Optional<MemoryPressureWatch> fromEnvironment(HostProcess process) {
		String file = process.getenv(WATCH);
		String trigger = process.getenv(WRITE);
		if (file == null || !file.startsWith("/") || file.equals("/dev/null") || trigger == null) {
			return Optional.empty();
		}
		try {
			byte[] decoded = Base64.getDecoder().decode(trigger.strip());
			return (decoded.length > 0 && decoded.length <= 128)
					? Optional.of(new MemoryPressureWatch(Path.of(file), decoded)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.file + " (" + new String(this.trigger, StandardCharsets.US_ASCII).replace("\0", "").strip() + ")";
	}

}
