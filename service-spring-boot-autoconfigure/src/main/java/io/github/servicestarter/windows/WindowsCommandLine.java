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

package io.github.servicestarter.windows;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Joins a command into the single string a Windows service's binary path is, quoted so
 * that {@code CommandLineToArgvW} (and so the JVM) splits it back into the same words: a
 * word with spaces, tabs, quotes or wildcards ({@code *}, {@code ?}, which the java
 * launcher would expand) is quoted, embedded quotes are escaped, and backslashes before a
 * quote are doubled.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class WindowsCommandLine {

	private WindowsCommandLine() {
	}

	/**
	 * Join a command.
	 * @param command the words, the executable first
	 * @return the command line
	 */
	public static String join(List<String> command) {
		return command.stream().map(WindowsCommandLine::quote).collect(Collectors.joining(" "));
	}

	static String quote(String word) {
		// The Windows java launcher expands unquoted * and ? against the working
		// directory.
		if (!word.isEmpty()
				&& word.chars().noneMatch((c) -> c == ' ' || c == '\t' || c == '"' || c == '*' || c == '?')) {
			return word;
		}
		return quoted(word);
	}

	/**
	 * Quote a word whatever it holds, so that {@code CommandLineToArgvW} reads it back as
	 * one argument: backslashes before a quote and before the closing quote doubled,
	 * quotes escaped.
	 * @param word the word
	 * @return the word in double quotes
	 */
	static String quoted(String word) {
		StringBuilder quoted = new StringBuilder("\"");
		int backslashes = 0;
		for (char c : word.toCharArray()) {
			if (c == '\\') {
				backslashes++;
				continue;
			}
			quoted.append("\\".repeat((c == '"') ? backslashes * 2 + 1 : backslashes));
			backslashes = 0;
			quoted.append(c);
		}
		quoted.append("\\".repeat(backslashes * 2)).append('"');
		return quoted.toString();
	}

}
