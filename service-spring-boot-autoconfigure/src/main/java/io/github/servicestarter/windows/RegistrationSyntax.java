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

import java.util.regex.Pattern;

import io.github.servicestarter.manager.ControlCharacters;

/**
 * The rules of the registry values of a service registration the starter fills with
 * values it did not choose itself: each method checks a value and returns it, or throws
 * {@link IllegalArgumentException} saying what is wrong.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class RegistrationSyntax {

	/**
	 * The longest command line {@code CreateProcess} starts (its {@code lpCommandLine}
	 * limit, 32,767 characters with the terminating null).
	 */
	static final int MAX_COMMAND_LINE = 32766;

	/** The longest description accepted, in characters. */
	static final int MAX_DESCRIPTION = 1024;

	/** The longest account name: a domain and a user name with the separator. */
	static final int MAX_ACCOUNT = 256;

	// The SCM stores the binary path as ImagePath, a REG_EXPAND_SZ value, and expands
	// %NAME% in it when it starts the service (CreateServiceW, lpBinaryPathName;
	// "HKLM\SYSTEM\CurrentControlSet\Services Registry Tree"). Nothing escapes a %, so
	// a pair is refused.
	private static final Pattern VARIABLE = Pattern.compile("%[^%]+%");

	private RegistrationSyntax() {
	}

	/**
	 * Check one word of the service's command line.
	 * @param word the word
	 * @return the word
	 */
	public static String commandWord(String word) {
		return ControlCharacters.refuse(word);
	}

	/**
	 * Check the binary path (the joined command line): no {@code %NAME%} the SCM would
	 * expand, and not longer than a process command line.
	 * @param binaryPath the binary path
	 * @return the binary path
	 */
	public static String binaryPath(String binaryPath) {
		ControlCharacters.refuse(binaryPath);
		if (VARIABLE.matcher(binaryPath).find()) {
			throw new IllegalArgumentException(
					"it holds " + VARIABLE.matcher(binaryPath).results().findFirst().get().group()
							+ ", which the Service Control Manager would replace with an environment variable's value "
							+ "(the binary path is a REG_EXPAND_SZ value, and a % cannot be escaped)");
		}
		if (binaryPath.length() > MAX_COMMAND_LINE) {
			throw new IllegalArgumentException("the command line is " + binaryPath.length()
					+ " characters long; Windows starts command lines of at most " + MAX_COMMAND_LINE);
		}
		return binaryPath;
	}

	/**
	 * Check a description.
	 * @param description the description
	 * @return the description
	 */
	public static String description(String description) {
		return bounded(description, MAX_DESCRIPTION);
	}

	/**
	 * Check an account name ({@code DOMAIN\name}, {@code .\name} or {@code name@domain}).
	 * @param account the account
	 * @return the account
	 */
	public static String account(String account) {
		return bounded(account, MAX_ACCOUNT);
	}

	private static String bounded(String value, int max) {
		ControlCharacters.refuse(value);
		if (value.length() > max) {
			throw new IllegalArgumentException(
					"it is " + value.length() + " characters long; at most " + max + " are accepted");
		}
		return value;
	}

}
