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

package io.github.servicestarter.testsupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.github.servicestarter.systemd.NotifySocketAddress;

/**
 * A real {@code AF_UNIX} datagram socket bound where {@code NOTIFY_SOCKET} points,
 * standing in for systemd's end of the protocol (or journald's, at a path of the test's
 * own). Opened through JNA because the JDK cannot.
 */
public final class UnixDatagramReceiver implements AutoCloseable {

	private static final int SOL_SOCKET = 1;

	private static final int SO_RCVTIMEO = 20;

	private final String address;

	private final int socket;

	private UnixDatagramReceiver(String address, int socket) {
		this.address = address;
		this.socket = socket;
	}

	public static UnixDatagramReceiver bind(String notifySocket, Duration receiveTimeout) {
		byte[] sockaddr = NotifySocketAddress.parse(notifySocket).toSockaddr();
		int socket = Libc.socket(1, 2, 0);
		Libc.bind(socket, sockaddr, sockaddr.length);
		ByteBuffer timeval = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
		timeval.putLong(receiveTimeout.toSeconds()).putLong(receiveTimeout.toNanosPart() / 1000);
		Libc.setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, timeval.array(), 16);
		return new UnixDatagramReceiver(notifySocket, socket);
	}

	/**
	 * Receive one datagram.
	 * @return the datagram as text
	 * @throws LastErrorException with EAGAIN when nothing arrives in time
	 */
	public String receive() {
		return new String(receiveBytes().payload(), StandardCharsets.UTF_8);
	}

	/**
	 * Receive one datagram of up to 1 MB, with the descriptor passed beside it, if any,
	 * as journald does.
	 * @return the payload and the passed descriptor
	 * @throws LastErrorException with EAGAIN when nothing arrives in time
	 */
	public Datagram receiveBytes() {
		int word = Native.POINTER_SIZE;
		Memory buffer = new Memory(1 << 20);
		Memory iov = new Memory(2L * word);
		iov.setPointer(0, buffer);
		iov.setLong(word, buffer.size());
		Memory control = new Memory(64);
		control.clear();
		Memory message = new Memory(7L * word);
		message.clear();
		message.setPointer(2L * word, iov);
		message.setLong(3L * word, 1);
		message.setPointer(4L * word, control);
		message.setLong(5L * word, control.size());
		int length = Libc.recvmsg(this.socket, message, 0).intValue();
		long controlLength = message.getLong(5L * word);
		int descriptor = (controlLength > 0 && control.getInt(word) == SOL_SOCKET && control.getInt(word + 4) == 1)
				? control.getInt(2L * word) : -1;
		return new Datagram(buffer.getByteArray(0, length), descriptor);
	}

	@Override
	public void close() throws Exception {
		Libc.close(this.socket);
		if (this.address.startsWith("/")) {
			Files.deleteIfExists(Path.of(this.address));
		}
	}

	/**
	 * A received datagram.
	 *
	 * @param payload its bytes
	 * @param descriptor the descriptor passed with {@code SCM_RIGHTS}, or -1
	 */
	public record Datagram(byte[] payload, int descriptor) {

		/**
		 * Read the whole file behind the passed descriptor, and close it.
		 * @return its content
		 * @throws IOException if it cannot be read
		 */
		public byte[] descriptorContent() throws IOException {
			try {
				return Files.readAllBytes(Path.of("/proc/self/fd/" + this.descriptor));
			}
			finally {
				Libc.close(this.descriptor);
			}
		}

		/**
		 * Return the seals of the passed descriptor ({@code F_GET_SEALS}).
		 * @return the seal bits
		 */
		public int seals() {
			return Libc.fcntl(this.descriptor, 1034, 0);
		}

	}

	private static final class Libc {

		static {
			Native.register("c");
		}

		static native int socket(int domain, int type, int protocol) throws LastErrorException;

		static native int bind(int socket, byte[] address, int addressLength) throws LastErrorException;

		static native int setsockopt(int socket, int level, int name, byte[] value, int length)
				throws LastErrorException;

		static native NativeLong recv(int socket, byte[] buffer, NativeLong length, int flags)
				throws LastErrorException;

		static native int close(int socket) throws LastErrorException;

		static native NativeLong recvmsg(int socket, Pointer message, int flags) throws LastErrorException;

		static native int fcntl(int descriptor, int command, int argument) throws LastErrorException;

	}

}
