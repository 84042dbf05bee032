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

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import io.github.servicestarter.manager.ControlCharacters;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the unit file fields the starter fills with values it did not choose
 * itself: each method checks a value against the rules of where it lands and returns it
 * escaped, or throws {@link IllegalArgumentException} saying what is wrong. A line break
 * (or any other control character) would start a directive of its own
 * (systemd.syntax(7)); a trailing backslash continues the line onto the next one;
 * {@code %} starts a specifier (systemd.unit(5), "Specifiers") wherever specifiers are
 * resolved.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class UnitSyntax {

	/** The longest description accepted, in characters. */
	public static final int MAX_DESCRIPTION = 1024;

	/** The longest line accepted; systemd itself refuses lines of 1 MiB and more. */
	static final int MAX_LINE = 64 * 1024;

	// systemd.exec(5), "User/Group Name Syntax": the strict form, or a numeric ID.
	private static final Pattern USER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,30}");

	private static final Pattern NUMERIC_ID = Pattern.compile("0|[1-9][0-9]{0,9}");

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]{1,15})?");

	private UnitSyntax() {
	}

	/**
	 * Check a value for any line of a unit: no control characters, no trailing backslash,
	 * not longer than a line may be.
	 * @param value the value
	 * @return the value
	 * @throws IllegalArgumentException when it could not stand on one line as it is
	 */
	public static String oneLine(String value) {
		ControlCharacters.refuse(value);
		if (value.endsWith("\\")) {
			throw new IllegalArgumentException("it ends with a backslash, which would continue the line onto the next");
		}
		return lineLength(value);
	}

	/**
	 * Check and escape free text (a description): one line, at most
	 * {@value #MAX_DESCRIPTION} characters, {@code %} doubled.
	 * @param text the text
	 * @return the text as it stands in the unit
	 */
	public static String text(String text) {
		if (text.length() > MAX_DESCRIPTION) {
			throw new IllegalArgumentException(
					"it is " + text.length() + " characters long; at most " + MAX_DESCRIPTION + " are accepted");
		}
		return oneLine(text).replace("%", "%%");
	}

	/**
	 * Check and escape a path setting ({@code WorkingDirectory=}): taken literally,
	 * spaces included; only specifiers are resolved.
	 * @param path the absolute path
	 * @return the path as it stands in the unit
	 */
	public static String path(String path) {
		return oneLine(path).replace("%", "%%");
	}

	/**
	 * Check a user name for {@code User=}: systemd's strict user name syntax, or a
	 * numeric user ID. Specifiers cannot appear: {@code %} is refused.
	 * @param user the user
	 * @return the user
	 */
	public static String userName(String user) {
		if (USER_NAME.matcher(user).matches()
				|| (NUMERIC_ID.matcher(user).matches() && Long.parseLong(user) < 4294967295L)) {
			return user;
		}
		throw new IllegalArgumentException("it is not a user name systemd accepts: a letter or _ first, then letters, "
				+ "digits, _ or -, at most 31 characters (or a numeric user ID)");
	}

	/**
	 * Check and render a socket unit's {@code ListenStream=}: an IP address literal (IPv6
	 * with an optional zone) and a port from 1 to 65535; no address listens on all of
	 * them.
	 * @param address the address, or {@code null} for all addresses
	 * @param port the port
	 * @return the value as it stands in the unit
	 */
	public static String listenStream(@Nullable String address, int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(
					"a socket unit listens on a fixed port from 1 to 65535, and " + port + " is not one");
		}
		if (address == null) {
			return Integer.toString(port);
		}
		if (IPV4.matcher(address).matches()) {
			return address + ":" + port;
		}
		if (address.contains(":") && IPV6.matcher(address).matches() && isIpv6Literal(address.split("%")[0])) {
			return "[" + address.replace("%", "%%") + "]:" + port;
		}
		throw new IllegalArgumentException("a socket unit listens on an IP address literal (such as 127.0.0.1 or ::1), "
				+ "and '" + ControlCharacters.printable(address) + "' is not one");
	}

	/**
	 * Quote one word of a command line the way systemd reads it: double quotes when
	 * needed, with {@code \} and {@code "} escaped, {@code %} doubled so that systemd
	 * does not resolve specifiers and, in arguments, {@code $} doubled so that it does
	 * not expand variables. systemd expands no variables in the executable's path, so
	 * there {@code $} stays as it is (systemd.service(5), "Command lines").
	 * @param word the word
	 * @param executable whether the word is the executable, the first of the command
	 * @return the word as it stands in the unit file
	 */
	public static String commandWord(String word, boolean executable) {
		ControlCharacters.refuse(word);
		lineLength(word);
		String escaped = word.replace("%", "%%");
		if (!executable) {
			escaped = escaped.replace("$", "$$");
		}
		if (!escaped.isEmpty() && escaped.chars()
			.noneMatch((c) -> Character.isWhitespace(c) || c == '"' || c == '\\' || c == '\'' || c == ';')) {
			return escaped;
		}
		return '"' + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static String lineLength(String value) {
		if (value.length() > MAX_LINE) {
			throw new IllegalArgumentException("it is " + value.length() + " characters long, more than a unit line"
					+ " may hold (" + MAX_LINE + ")");
		}
		return value;
	}

	private static boolean isIpv6Literal(String address) {
		try {
			// A string with a colon is parsed as an IPv6 literal, never looked up.
			return InetAddress.getByName(address) instanceof Inet6Address;
		}
		catch (UnknownHostException | SecurityException ex) {
			return false;
		}
	}

}
