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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The address in {@code NOTIFY_SOCKET}, encoded as the Linux {@code struct sockaddr_un}
 * that {@code sendto} takes. A value starting with {@code /} is a file-system path; one
 * starting with {@code @} names a socket in the abstract namespace, where the {@code @}
 * stands for a leading NUL byte and the address length is exact.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class NotifySocketAddress {

	private static final short AF_UNIX = 1;

	/** Size of {@code sun_path} in Linux's {@code struct sockaddr_un}. */
	private static final int MAX_PATH_BYTES = 108;

	private static final int FAMILY_BYTES = Short.BYTES;

	private final String value;

	private final byte[] sockaddr;

	private NotifySocketAddress(String value, byte[] sockaddr) {
		this.value = value;
		this.sockaddr = sockaddr;
	}

	/**
	 * Parse the value of {@code NOTIFY_SOCKET}.
	 * @param value the environment value
	 * @return the address
	 * @throws IllegalArgumentException if the value is not an address we can send to
	 */
	public static NotifySocketAddress parse(String value) {
		if (value.startsWith("/")) {
			byte[] path = value.getBytes(StandardCharsets.UTF_8);
			// A path is NUL-terminated inside sun_path.
			return new NotifySocketAddress(value, encode(path, path.length + 1, value));
		}
		if (value.startsWith("@") && value.length() > 1) {
			byte[] name = value.getBytes(StandardCharsets.UTF_8);
			name[0] = 0;
			return new NotifySocketAddress(value, encode(name, name.length, value));
		}
		if (value.startsWith("vsock:")) {
			throw new IllegalArgumentException("NOTIFY_SOCKET '" + value
					+ "' is an AF_VSOCK address, which is not supported; use a unix socket path");
		}
		throw new IllegalArgumentException("NOTIFY_SOCKET '" + value
				+ "' is neither an absolute socket path (/...) nor an abstract socket name (@...)");
	}

	private static byte[] encode(byte[] path, int pathLength, String value) {
		if (pathLength > MAX_PATH_BYTES) {
			throw new IllegalArgumentException("NOTIFY_SOCKET '" + value + "' is longer than the " + MAX_PATH_BYTES
					+ " bytes a unix socket address can hold");
		}
		ByteBuffer buffer = ByteBuffer.allocate(FAMILY_BYTES + pathLength).order(ByteOrder.nativeOrder());
		buffer.putShort(AF_UNIX);
		buffer.put(path);
		return buffer.array();
	}

	/**
	 * Return the encoded {@code struct sockaddr_un}, exactly as long as the address
	 * needs.
	 * @return a copy of the encoded address
	 */
	public byte[] toSockaddr() {
		return this.sockaddr.clone();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
