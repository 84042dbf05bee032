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

package io.github.servicestarter.logging;

import java.nio.file.Path;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManagerSettings;
import io.github.servicestarter.systemd.JournalStream;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Where the application's output goes and what {@code service.logging.journal.mode} asks
 * for, decided once for the two hooks that act on it: the console pattern and the native
 * appender.
 *
 * @param mode the mode in effect ({@link JournalLoggingMode#OFF} when
 * {@code service.enabled=false})
 * @param standardOutput whether standard output is a journal stream
 * @param standardError whether standard error is a journal stream
 * @author Service Starter contributors
 */
record JournalOutput(JournalLoggingMode mode, boolean standardOutput, boolean standardError) {

	static final Path STDOUT = Path.of("/proc/self/fd/1");

	static final Path STDERR = Path.of("/proc/self/fd/2");

	/**
	 * Decide from the environment and the process's streams.
	 * @param environment the environment
	 * @param process the process facts
	 * @param stdout standard output as a path
	 * @param stderr standard error as a path
	 * @return the decision
	 * @throws org.springframework.boot.context.properties.bind.BindException if the mode
	 * is not one of {@code native}, {@code prefix} and {@code off}
	 */
	static JournalOutput of(ConfigurableEnvironment environment, HostProcess process, Path stdout, Path stderr) {
		boolean enabled = ServiceManagerSettings.read(environment::getProperty).enabled();
		JournalLoggingMode mode = Binder.get(environment)
			.bind("service.logging.journal.mode", JournalLoggingMode.class)
			.orElse(JournalLoggingMode.NATIVE);
		if (!enabled || mode == JournalLoggingMode.OFF || process.getenv("JOURNAL_STREAM") == null) {
			return new JournalOutput(enabled ? mode : JournalLoggingMode.OFF, false, false);
		}
		return new JournalOutput(mode, JournalStream.names(process, stdout), JournalStream.names(process, stderr));
	}

	/**
	 * Whether console lines get the priority prefix: in both modes but off, when standard
	 * output is the journal (in native mode, for the lines written before the appender is
	 * in place and after the journal fails).
	 */
	boolean prefixesConsole() {
		return this.mode != JournalLoggingMode.OFF && this.standardOutput;
	}

	/**
	 * Whether events go to the journal as native entries.
	 */
	boolean writesNatively() {
		return this.mode == JournalLoggingMode.NATIVE && (this.standardOutput || this.standardError);
	}

}
