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

package io.github.servicestarter.systemd.libc;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

/**
 * Removes variables from the process's C environment with libc's {@code unsetenv}, which
 * is what child processes inherit: {@link System#getenv()} keeps the JVM's start-up
 * snapshot, so the application still reads what it read before.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcEnvironment {

	static {
		Native.register("c");
	}

	private LibcEnvironment() {
	}

	/**
	 * Remove variables from the C environment.
	 * @param names the variable names
	 * @throws LastErrorException if libc refuses a name
	 */
	public static void unset(Iterable<String> names) {
		for (String name : names) {
			unsetenv(name);
		}
	}

	private static native int unsetenv(String name) throws LastErrorException;

}
