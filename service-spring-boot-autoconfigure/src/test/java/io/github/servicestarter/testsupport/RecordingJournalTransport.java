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

package io.github.servicestarter.testsupport;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.servicestarter.systemd.JournalTransport;

/**
 * Records the entries sent, parsed back into fields; fails every send once told to.
 */
public final class RecordingJournalTransport implements JournalTransport {

	private final List<Map<String, List<String>>> entries = new CopyOnWriteArrayList<>();

	private volatile boolean failing;

	private volatile int attempts;

	private volatile boolean closed;

	@Override
	public void send(byte[] entry) throws IOException {
		this.attempts++;
		if (this.failing) {
			throw new IOException("sendto /run/systemd/journal/socket failed: Connection refused");
		}
		this.entries.add(JournalFields.parse(entry));
	}

	public RecordingJournalTransport failing() {
		this.failing = true;
		return this;
	}

	public List<Map<String, List<String>>> entries() {
		return this.entries;
	}

	public int attempts() {
		return this.attempts;
	}

	public boolean isClosed() {
		return this.closed;
	}

	@Override
	public void close() {
		this.closed = true;
	}

}
