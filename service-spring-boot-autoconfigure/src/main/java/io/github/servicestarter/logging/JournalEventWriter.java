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

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import io.github.servicestarter.systemd.JournalEntry;
import io.github.servicestarter.systemd.JournalTransport;
import org.jspecify.annotations.Nullable;

/**
 * Turns one log event into one native journal entry and sends it. The first failure to
 * send is reported once and switches the writer off for good, so that the appender hands
 * this and every later event to its console fallback: nothing is lost, and a broken
 * socket costs one warning, not one per event.
 *
 * @author Service Starter contributors
 */
final class JournalEventWriter implements AutoCloseable {

	/** Fields the writer sets itself; an MDC key cleaned to one of these is left out. */
	static final Set<String> OWN_FIELDS = Set.of("MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "TID", "LOGGER", "THREAD",
			"EXCEPTION");

	private static final String[] PRIORITIES = { "0", "1", "2", "3", "4", "5", "6", "7" };

	private final JournalTransport transport;

	private final String identifier;

	private final ThreadLocal<String> threadId;

	private volatile boolean failed;

	JournalEventWriter(JournalTransport transport, String identifier, IntSupplier threadId) {
		this.transport = transport;
		this.identifier = identifier;
		this.threadId = ThreadLocal.withInitial(() -> Integer.toString(threadId.getAsInt()));
	}

	/**
	 * Send one event.
	 * @param priority the syslog priority, 0 to 7
	 * @param message the formatted message
	 * @param stackTrace the whole stack trace, or {@code null}
	 * @param exception the throwable's class name, or {@code null}
	 * @param logger the logger name
	 * @param thread the thread name
	 * @param mdc the event's MDC
	 * @param failure told, once, why the journal cannot be used from now on
	 * @return whether the entry was sent; {@code false} means the caller writes the event
	 * elsewhere
	 */
	boolean write(int priority, String message, @Nullable String stackTrace, @Nullable String exception, String logger,
			String thread, Map<String, String> mdc, Consumer<String> failure) {
		if (this.failed) {
			return false;
		}
		JournalEntry entry = entry(priority, message, stackTrace, exception, logger, thread, mdc);
		try {
			this.transport.send(entry.toByteArray());
			return true;
		}
		catch (IOException | RuntimeException ex) {
			fail(ex, failure);
			return false;
		}
	}

	JournalEntry entry(int priority, String message, @Nullable String stackTrace, @Nullable String exception,
			String logger, String thread, Map<String, String> mdc) {
		JournalEntry entry = new JournalEntry()
			.field("MESSAGE", (stackTrace != null) ? message + "\n" + stripTrailingNewline(stackTrace) : message)
			.field("PRIORITY", PRIORITIES[priority])
			.field("SYSLOG_IDENTIFIER", this.identifier)
			.field("TID", this.threadId.get())
			.field("LOGGER", logger)
			.field("THREAD", thread);
		if (exception != null) {
			entry.field("EXCEPTION", exception);
		}
		mdc.forEach((key, value) -> {
			String name = JournalEntry.fieldName(key);
			if (name != null && value != null && !OWN_FIELDS.contains(name)) {
				entry.field(name, value);
			}
		});
		return entry;
	}

	private synchronized void fail(Exception ex, Consumer<String> failure) {
		if (!this.failed) {
			this.failed = true;
			failure.accept("Could not write to the journal (" + ex.getMessage()
					+ "); log events go to standard output with priority prefixes from now on."
					+ " Set service.logging.journal.mode=prefix to start that way.");
		}
	}

	private static String stripTrailingNewline(String text) {
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
			end--;
		}
		return text.substring(0, end);
	}

	@Override
	public void close() {
		this.transport.close();
	}

}
