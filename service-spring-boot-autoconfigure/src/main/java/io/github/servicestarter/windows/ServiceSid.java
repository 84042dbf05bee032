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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The SID of a service ({@code NT SERVICE\<name>}), which Windows derives from the name
 * alone: {@code S-1-5-80-} and the SHA-1 digest of the upper-case name in UTF-16LE, read
 * as five little-endian 32-bit numbers ({@code sc showsid} prints the same). Computed
 * rather than looked up, so an ACL can name a service before it is registered, and under
 * Wine, which cannot look service accounts up.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceSid {

	private ServiceSid() {
	}

	/**
	 * Return the SID of a service.
	 * @param name the service name
	 * @return the SID in its string form
	 */
	public static String of(String name) {
		byte[] digest;
		try {
			digest = MessageDigest.getInstance("SHA-1")
				.digest(name.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_16LE));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-1", ex);
		}
		ByteBuffer words = ByteBuffer.wrap(digest).order(ByteOrder.LITTLE_ENDIAN);
		StringBuilder sid = new StringBuilder("S-1-5-80");
		for (int i = 0; i < 5; i++) {
			sid.append('-').append(Integer.toUnsignedString(words.getInt()));
		}
		return sid.toString();
	}

}
