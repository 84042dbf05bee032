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

package io.github.servicestarter.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where the value of a secret comes from at install: {@code file:<path>},
 * {@code env:<variable of the installing shell>} or {@code stdin} (read without echo from
 * a terminal). The value itself is never an argument, so it never reaches a command line,
 * a shell history or {@code ps}. One line break at the end (from {@code echo} or an
 * editor) is not part of the value.
 *
 * @author Service Starter contributors
 */
final class SecretSource {

	/** The most a secret may hold. */
	static final int MAX_BYTES = 64 * 1024;

	/**
	 * What a secret's property may be named: what a systemd credential and a Windows file
	 * may be named alike, and what Spring Boot binds (no {@code [index]}).
	 */
	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

	private SecretSource() {
	}

	/**
	 * Check the property a secret is for.
	 * @param property the property, as Spring Boot's canonical name
	 * ({@code spring.datasource.password})
	 * @return the property
	 * @throws IllegalArgumentException when it cannot name a secret
	 */
	static String property(String property) {
		if (!NAME.matcher(property).matches()) {
			throw new IllegalArgumentException("a secret is named by its property in lower case, with letters, digits "
					+ "and . _ - only (at most 128), such as spring.datasource.password");
		}
		return property;
	}

	/**
	 * Read a secret from its source.
	 * @param source {@code file:<path>}, {@code env:<variable>} or {@code stdin}
	 * @param property the property, to name in the prompt
	 * @param environment the installing process's environment
	 * @param console the terminal, or {@code null} when standard input is not one
	 * @param stdin standard input
	 * @return the value, UTF-8
	 * @throws IllegalArgumentException when the source cannot give a value, said why
	 */
	static byte[] read(String source, String property, Function<String, @Nullable String> environment,
			@Nullable Console console, InputStream stdin) {
		byte[] value;
		if (source.startsWith("file:")) {
			value = file(Path.of(source.substring("file:".length())));
		}
		else if (source.startsWith("env:")) {
			String variable = source.substring("env:".length());
			String text = environment.apply(variable);
			if (text == null) {
				throw new IllegalArgumentException("the variable " + variable + " is not set");
			}
			value = text.getBytes(StandardCharsets.UTF_8);
		}
		else if (source.equals("stdin")) {
			value = (console != null) ? prompt(console, property) : bounded(stdin);
		}
		else {
			throw new IllegalArgumentException(
					"is not a source of a secret: give file:<path>, env:<variable> or stdin");
		}
		value = withoutFinalLineBreak(value);
		if (value.length == 0) {
			throw new IllegalArgumentException("gives an empty value");
		}
		return value;
	}

	private static byte[] file(Path file) {
		try (InputStream input = Files.newInputStream(file)) {
			return bounded(input);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot be read: " + ex.getMessage());
		}
	}

	private static byte[] prompt(Console console, String property) {
		char[] typed = console.readPassword("Value of %s (not shown): ", property);
		if (typed == null) {
			throw new IllegalArgumentException("gave nothing: standard input ended");
		}
		try {
			var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(typed));
			byte[] value = new byte[encoded.remaining()];
			encoded.get(value);
			return value;
		}
		finally {
			Arrays.fill(typed, '\0');
		}
	}

	private static byte[] bounded(InputStream input) {
		try {
			byte[] value = input.readNBytes(MAX_BYTES + 1);
			if (value.length > MAX_BYTES) {
				throw new IllegalArgumentException("holds more than " + MAX_BYTES + " bytes");
			}
			return value;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot be read: " + ex.getMessage());
		}
	}

	private static byte[] withoutFinalLineBreak(byte[] value) {
		int end = value.length;
		if (end > 0 && value[end - 1] == '\n') {
			end--;
			if (end > 0 && value[end - 1] == '\r') {
				end--;
			}
		}
		return Arrays.copyOf(value, end);
	}

}
