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
import java.nio.file.Path;

/**
 * Sends entries of the journal's native protocol to journald.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface JournalTransport extends AutoCloseable {

	/** The socket journald reads native entries from. */
	Path SOCKET = Path.of("/run/systemd/journal/socket");

	/**
	 * Send one entry. Waits while journald's queue is full, as {@code sd_journal_send}
	 * does.
	 * @param entry the encoded entry (see {@link JournalEntry})
	 * @throws IOException if the entry could not be sent
	 */
	void send(byte[] entry) throws IOException;

	/**
	 * Release the socket.
	 */
	@Override
	void close();

}
