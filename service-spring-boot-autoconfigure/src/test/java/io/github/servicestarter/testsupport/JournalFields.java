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
