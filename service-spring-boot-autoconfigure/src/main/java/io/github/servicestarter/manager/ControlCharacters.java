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

package io.github.servicestarter.manager;

/**
 * The check every value written into a service definition passes, whatever the manager:
 * no control characters (a line break starts a directive of its own in a unit file, and
 * means nothing a service name, a description or a command line can use) and no unpaired
 * UTF-16 surrogate (which has no UTF-8 or registry form); and the printable form of a
 * refused value for messages.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ControlCharacters {

	private static final int PRINTED = 200;

	private ControlCharacters() {
	}

	/**
	 * Refuse a value with a control character or an unpaired surrogate.
	 * @param value the value
	 * @return the value
	 * @throws IllegalArgumentException saying which character
	 */
	public static String refuse(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c)) {
				throw new IllegalArgumentException("it contains the control character " + escape(c)
						+ ", which would start a new line or corrupt the definition");
			}
			if (Character.isSurrogate(c) && !pairedSurrogate(value, i)) {
				throw new IllegalArgumentException("it contains an unpaired UTF-16 surrogate, which has no UTF-8 form");
			}
		}
		return value;
	}

	/**
	 * Show a value with its control characters escaped, for a message.
	 * @param value the value
	 * @return the value, printable, cut at 200 characters
	 */
	public static String printable(String value) {
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < value.length() && shown.length() < PRINTED; i++) {
			char c = value.charAt(i);
			shown.append(Character.isISOControl(c) ? escape(c) : String.valueOf(c));
		}
		return (shown.length() < PRINTED) ? shown.toString() : shown + "... (" + value.length() + " characters)";
	}

	private static boolean pairedSurrogate(String value, int index) {
		if (Character.isHighSurrogate(value.charAt(index))) {
			return index + 1 < value.length() && Character.isLowSurrogate(value.charAt(index + 1));
		}
		return index > 0 && Character.isHighSurrogate(value.charAt(index - 1));
	}

	private static String escape(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> String.format("\\u%04x", (int) c);
		};
	}

}
