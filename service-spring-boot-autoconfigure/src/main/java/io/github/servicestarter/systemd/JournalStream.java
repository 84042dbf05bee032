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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.servicestarter.manager.HostProcess;

/**
 * Whether a standard stream goes to the systemd journal: systemd sets
 * {@code JOURNAL_STREAM} to the {@code <device>:<inode>} of the stream it connected, and
 * only when the stream still is that one (not redirected by a wrapper, not a terminal) is
 * it the journal.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class JournalStream {

	private JournalStream() {
	}

	/**
	 * Return whether {@code JOURNAL_STREAM} names a stream.
	 * @param process the process facts
	 * @param stream the stream as a path ({@code /proc/self/fd/1} for standard output)
	 * @return {@code true} when the stream is the journal stream
	 */
	public static boolean names(HostProcess process, Path stream) {
		String journal = process.getenv("JOURNAL_STREAM");
		if (journal == null || !journal.matches("\\d+:\\d+")) {
			return false;
		}
		try {
			Map<String, Object> attributes = Files.readAttributes(stream, "unix:dev,ino");
			return journal.equals(attributes.get("dev") + ":" + attributes.get("ino"));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
