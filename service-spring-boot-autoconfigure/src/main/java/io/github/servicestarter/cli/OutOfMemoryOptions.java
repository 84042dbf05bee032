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

package io.github.servicestarter.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options that make an installed service end when it runs out of memory and leave
 * the evidence in its state directory's {@code dumps} directory, each unless the install
 * turns it off.
 * <ul>
 * <li>{@code -XX:+ExitOnOutOfMemoryError}: the JVM exits with status 3 at the first
 * {@code OutOfMemoryError}, so the manager's restart policy runs. Chosen over
 * {@code CrashOnOutOfMemoryError}, which aborts and leaves a core file as large as the
 * process on top of the heap dump.</li>
 * <li>{@code -XX:+HeapDumpOnOutOfMemoryError} into the dumps directory (written before
 * the exit); the running service keeps the directory within
 * {@code service.dumps.max-size}.</li>
 * <li>{@code -XX:ErrorFile}: the fatal error report there too, instead of a working
 * directory the service cannot write.</li>
 * </ul>
 * Options the install command gives for the same flags come later on the command line and
 * win.
 *
 * @author Service Starter contributors
 */
final class OutOfMemoryOptions {

	/** The error report's name when the process id cannot be part of it. */
	static final String FIXED_ERROR_FILE = "hs_err.log";

	private OutOfMemoryOptions() {
	}

	/**
	 * Return the options.
	 * @param install the install settings
	 * @param dumps the dumps directory as the service will see it
	 * @param processIdInName whether the error report's name may carry the JVM's
	 * {@code %p} (each crash its own file); otherwise each report replaces the last
	 * @return the options, in command-line order
	 */
	static List<String> of(InstallProperties install, Path dumps, boolean processIdInName) {
		List<String> options = new ArrayList<>();
		if (install.isExitOnOutOfMemory()) {
			options.add("-XX:+ExitOnOutOfMemoryError");
		}
		if (install.isHeapDumpOnOutOfMemory()) {
			options.add("-XX:+HeapDumpOnOutOfMemoryError");
			options.add("-XX:HeapDumpPath=" + dumps);
		}
		if (install.isErrorFileInStateDirectory()) {
			options.add(errorFile(dumps, processIdInName));
		}
		return options;
	}

	static String errorFile(Path dumps, boolean processIdInName) {
		return "-XX:ErrorFile=" + dumps.resolve(processIdInName ? "hs_err_pid%p.log" : FIXED_ERROR_FILE);
	}

}
