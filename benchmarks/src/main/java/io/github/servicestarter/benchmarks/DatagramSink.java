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

package io.github.servicestarter.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * A datagram socket bound at a path, drained by a daemon thread so that senders never
 * block: systemd's end of the notify socket, for the benchmarks.
 *
 * @author Service Starter contributors
 */
final class DatagramSink implements AutoCloseable {

	private final Path path;

	private final int socket;

	private final Thread drain;

	DatagramSink(Path path) {
		this.path = path;
		byte[] name = path.toString().getBytes(StandardCharsets.UTF_8);
		ByteBuffer address = ByteBuffer.allocate(2 + name.length + 1).order(ByteOrder.nativeOrder());
		address.putShort((short) 1).put(name);
		this.socket = Libc.socket(1, 2, 0);
		Libc.bind(this.socket, address.array(), address.capacity());
		this.drain = new Thread(() -> {
			byte[] buffer = new byte[4096];
			try {
				while (true) {
					Libc.recv(this.socket, buffer, new NativeLong(buffer.length), 0);
				}
			}
			catch (LastErrorException ex) {
				// Closed.
			}
		}, "datagram-sink");
		this.drain.setDaemon(true);
		this.drain.start();
	}

	@Override
	public void close() throws Exception {
		Libc.shutdown(this.socket, 2);
		Libc.close(this.socket);
		Files.deleteIfExists(this.path);
	}

	static final class Libc {

		static {
			Native.register("c");
		}

		static native int socket(int domain, int type, int protocol) throws LastErrorException;

		static native int bind(int socket, byte[] address, int length) throws LastErrorException;

		static native NativeLong recv(int socket, byte[] buffer, NativeLong length, int flags)
				throws LastErrorException;

		static native NativeLong sendto(int socket, byte[] buffer, NativeLong length, int flags, byte[] address,
				int addressLength) throws LastErrorException;

		static native int setenv(String name, String value, int overwrite) throws LastErrorException;

		static native int shutdown(int socket, int how);

		static native int close(int socket);

	}

}
