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

import com.sun.jna.Native;

/**
 * The kernel's id of the calling thread ({@code gettid}), which the journal records as
 * {@code TID} and which {@code top -H} and {@code /proc/<pid>/task} show. Java's own
 * thread ids are unrelated to it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcThread {

	static {
		Native.register("c");
	}

	private LibcThread() {
	}

	/**
	 * Return the calling thread's kernel id.
	 * @return the thread id
	 */
	public static int currentId() {
		return gettid();
	}

	private static native int gettid();

}
