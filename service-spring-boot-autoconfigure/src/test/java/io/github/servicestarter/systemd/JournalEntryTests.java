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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link JournalEntry}.
 */
class JournalEntryTests {

	@Test
	void singleLineValuesAreNameEqualsValueLines() {
		byte[] entry = new JournalEntry().field("MESSAGE", "Started in 2.1 s").field("PRIORITY", "6").toByteArray();
		assertThat(new String(entry, StandardCharsets.UTF_8)).isEqualTo("MESSAGE=Started in 2.1 s\nPRIORITY=6\n");
	}

	@Test
	void valuesWithNewlinesTakeTheBinaryLengthForm() {
		byte[] entry = new JournalEntry().field("MESSAGE", "failed\n\tat A.b(A.java:1)")
			.field("TID", "7")
			.toByteArray();
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		expected.writeBytes("MESSAGE\n".getBytes(StandardCharsets.US_ASCII));
		// 24 as a 64-bit little-endian number.
		expected.writeBytes(new byte[] { 24, 0, 0, 0, 0, 0, 0, 0 });
		expected.writeBytes("failed\n\tat A.b(A.java:1)\nTID=7\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(entry).isEqualTo(expected.toByteArray());
	}

	@Test
	void theBinaryLengthCountsBytesNotCharacters() {
		byte[] entry = new JournalEntry().field("MESSAGE", "é\n€").toByteArray();
		// é is 2 bytes, € 3, plus the newline: 6.
		assertThat(entry[8]).isEqualTo((byte) 6);
		assertThat(entry).hasSize("MESSAGE\n".length() + 8 + 6 + 1);
	}

	@Test
	void largeValuesGrowTheEntry() {
		String large = "x".repeat(300 * 1024);
		byte[] entry = new JournalEntry().field("MESSAGE", large).toByteArray();
		assertThat(entry).hasSize("MESSAGE=".length() + large.length() + 1);
	}

	@Test
	void keysAreCleanedToFieldNames() {
		assertThat(JournalEntry.fieldName("requestId")).isEqualTo("REQUESTID");
		assertThat(JournalEntry.fieldName("trace.id")).isEqualTo("TRACE_ID");
		assertThat(JournalEntry.fieldName("user-name")).isEqualTo("USER_NAME");
		assertThat(JournalEntry.fieldName("_PID")).isEqualTo("PID");
		assertThat(JournalEntry.fieldName("2fa_state")).isEqualTo("FA_STATE");
		assertThat(JournalEntry.fieldName("clé")).isEqualTo("CL_");
		assertThat(JournalEntry.fieldName("k".repeat(80))).hasSize(64);
		assertThat(JournalEntry.fieldName("_42")).isNull();
		assertThat(JournalEntry.fieldName("")).isNull();
	}

	@Test
	void invalidFieldNamesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntry().field("message", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntry().field("_PID", "1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntry().field("A=B", "1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new JournalEntry().field("", "1"));
	}

}
