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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the journal's native protocol, encoded as the datagram journald reads:
 * {@code NAME=value\n} per field, or, for a value that holds a newline, {@code NAME\n},
 * the value's length as a 64-bit little-endian number, the value and {@code \n}. Field
 * names are upper-case letters, digits and {@code _}, at most 64 characters, starting
 * with a letter; {@link #fieldName(String)} cleans any key to one.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class JournalEntry {

	private static final int MAX_FIELD_NAME = 64;

	private byte[] bytes = new byte[512];

	private int length;

	/**
	 * Add a field.
	 * @param name a valid field name (see {@link #fieldName(String)})
	 * @param value the value, any text
	 * @return this entry
	 * @throws IllegalArgumentException if the name is not a valid field name
	 */
	public JournalEntry field(String name, String value) {
		if (!isValidFieldName(name)) {
			throw new IllegalArgumentException("'" + name + "' is not a journal field name");
		}
		byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
		ensureCapacity(name.length() + valueBytes.length + 10);
		for (int i = 0; i < name.length(); i++) {
			this.bytes[this.length++] = (byte) name.charAt(i);
		}
		if (value.indexOf('\n') < 0) {
			this.bytes[this.length++] = '=';
		}
		else {
			this.bytes[this.length++] = '\n';
			long size = valueBytes.length;
			for (int i = 0; i < Long.BYTES; i++) {
				this.bytes[this.length++] = (byte) (size >>> (8 * i));
			}
		}
		System.arraycopy(valueBytes, 0, this.bytes, this.length, valueBytes.length);
		this.length += valueBytes.length;
		this.bytes[this.length++] = '\n';
		return this;
	}

	/**
	 * Return the encoded entry.
	 * @return the datagram's bytes
	 */
	public byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.length);
	}

	/**
	 * Clean a key (an MDC key, say) to a journal field name: upper-cased, every character
	 * other than {@code A-Z}, {@code 0-9} and {@code _} replaced by {@code _}, everything
	 * before the first letter removed (a leading {@code _} marks the fields journald
	 * itself adds, and a name cannot start with a digit), cut to 64 characters.
	 * @param key the key
	 * @return the field name, or {@code null} when nothing usable is left
	 */
	public static @Nullable String fieldName(String key) {
		StringBuilder name = new StringBuilder(Math.min(key.length(), MAX_FIELD_NAME));
		for (int i = 0; i < key.length() && name.length() < MAX_FIELD_NAME; i++) {
			char c = Character.toUpperCase(key.charAt(i));
			boolean letter = c >= 'A' && c <= 'Z';
			if (name.length() == 0 && !letter) {
				continue;
			}
			name.append((letter || (c >= '0' && c <= '9')) ? c : '_');
		}
		return (name.length() > 0) ? name.toString() : null;
	}

	private static boolean isValidFieldName(String name) {
		if (name.isEmpty() || name.length() > MAX_FIELD_NAME || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
			return false;
		}
		for (int i = 1; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	private void ensureCapacity(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

}
