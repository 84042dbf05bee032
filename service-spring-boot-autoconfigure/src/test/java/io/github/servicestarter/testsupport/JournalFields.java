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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a native journal entry back the way journald does, both field forms, so that
 * tests can assert on fields rather than bytes.
 */
public final class JournalFields {

	private JournalFields() {
	}

	/**
	 * Parse an entry.
	 * @param entry the entry's bytes
	 * @return each field's values, in the order they came
	 */
	public static Map<String, List<String>> parse(byte[] entry) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		ByteBuffer buffer = ByteBuffer.wrap(entry).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			int start = buffer.position();
			int end = start;
			while (entry[end] != '=' && entry[end] != '\n') {
				end++;
			}
			String name = new String(entry, start, end - start, StandardCharsets.US_ASCII);
			String value;
			if (entry[end] == '=') {
				int valueEnd = end + 1;
				while (entry[valueEnd] != '\n') {
					valueEnd++;
				}
				value = new String(entry, end + 1, valueEnd - end - 1, StandardCharsets.UTF_8);
				buffer.position(valueEnd + 1);
			}
			else {
				buffer.position(end + 1);
				int length = (int) buffer.getLong();
				value = new String(entry, buffer.position(), length, StandardCharsets.UTF_8);
				buffer.position(buffer.position() + length);
				if (buffer.get() != '\n') {
					throw new IllegalArgumentException("Field " + name + " does not end with a newline");
				}
			}
			fields.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return fields;
	}

}
