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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.servicestarter.testsupport.RecordingJournalTransport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link JournalEventWriter}.
 */
class JournalEventWriterTests {

	private final RecordingJournalTransport transport = new RecordingJournalTransport();

	private final JournalEventWriter writer = new JournalEventWriter(this.transport, "orders", () -> 4242);

	private final List<String> warnings = new ArrayList<>();

	@Test
	void anEventIsOneEntryWithItsFields() {
		Map<String, String> mdc = new LinkedHashMap<>();
		mdc.put("requestId", "r-17");
		mdc.put("trace.id", "abc");
		assertThat(this.writer.write(4, "Slow request", null, null, "com.example.Orders", "http-nio-1", mdc,
				this.warnings::add))
			.isTrue();
		assertThat(this.transport.entries()).singleElement()
			.satisfies((fields) -> assertThat(fields).containsExactly(entry("MESSAGE", List.of("Slow request")),
					entry("PRIORITY", List.of("4")), entry("SYSLOG_IDENTIFIER", List.of("orders")),
					entry("TID", List.of("4242")), entry("LOGGER", List.of("com.example.Orders")),
					entry("THREAD", List.of("http-nio-1")), entry("REQUESTID", List.of("r-17")),
					entry("TRACE_ID", List.of("abc"))));
	}

	@Test
	void theStackTraceFollowsTheMessageAndTheExceptionIsAField() {
		String trace = "java.lang.IllegalStateException: boom\n\tat A.b(A.java:1)\nCaused by: java.io.IOException: disk\n";
		this.writer.write(3, "Failed", trace, "java.lang.IllegalStateException", "l", "main", Map.of(),
				this.warnings::add);
		Map<String, List<String>> fields = this.transport.entries().get(0);
		assertThat(fields.get("MESSAGE")).containsExactly(
				"Failed\njava.lang.IllegalStateException: boom\n\tat A.b(A.java:1)\nCaused by: java.io.IOException: disk");
		assertThat(fields.get("EXCEPTION")).containsExactly("java.lang.IllegalStateException");
	}

	@Test
	void mdcKeysThatWouldOverwriteTheWritersFieldsOrCleanToNothingAreLeftOut() {
		this.writer.write(6, "m", null, null, "l", "t", Map.of("message", "spoof", "priority", "0", "__", "x"),
				this.warnings::add);
		Map<String, List<String>> fields = this.transport.entries().get(0);
		assertThat(fields.get("MESSAGE")).containsExactly("m");
		assertThat(fields.get("PRIORITY")).containsExactly("6");
		assertThat(fields).hasSize(6);
	}

	@Test
	void theFirstFailureIsReportedOnceAndSwitchesTheWriterOff() {
		this.transport.failing();
		assertThat(this.writer.write(6, "one", null, null, "l", "t", Map.of(), this.warnings::add)).isFalse();
		assertThat(this.writer.write(6, "two", null, null, "l", "t", Map.of(), this.warnings::add)).isFalse();
		assertThat(this.warnings).singleElement()
			.asString()
			.contains("Connection refused", "service.logging.journal.mode=prefix");
		assertThat(this.transport.attempts()).isOne();
	}

	@Test
	void closingClosesTheTransport() {
		this.writer.close();
		assertThat(this.transport.isClosed()).isTrue();
	}

}
