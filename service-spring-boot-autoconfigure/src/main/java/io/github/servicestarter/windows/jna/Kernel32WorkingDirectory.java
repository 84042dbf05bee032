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

package io.github.servicestarter.windows.jna;

import java.nio.file.Path;

import com.sun.jna.Native;
import com.sun.jna.WString;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * Changes the process's current directory ({@code SetCurrentDirectoryW}): the SCM starts
 * every service in {@code %SystemRoot%\System32} and has no setting for another.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Kernel32WorkingDirectory {

	private Kernel32WorkingDirectory() {
	}

	/**
	 * Make the directory the process's current directory.
	 * @param directory an absolute directory
	 * @return whether Windows changed to it
	 */
	public static boolean enter(Path directory) {
		return Kernel32.INSTANCE.SetCurrentDirectoryW(new WString(directory.toString()));
	}

	private interface Kernel32 extends StdCallLibrary {

		Kernel32 INSTANCE = Native.load("kernel32", Kernel32.class, W32APIOptions.UNICODE_OPTIONS);

		boolean SetCurrentDirectoryW(WString pathName);

	}

}
