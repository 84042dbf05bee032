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

package io.github.servicestarter.systemd.libc;

import java.io.IOException;
import java.util.concurrent.locks.StampedLock;
import java.util.function.IntConsumer;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import org.jspecify.annotations.Nullable;

/**
 * One unbound {@code AF_UNIX} datagram socket, opened close-on-exec on first use (so
 * child processes never inherit it) and kept until closed: the sending end that the
 * notify and journal transports share.
 *
 * @author Service Starter contributors
 */
final class LibcDatagramSocket {

	private static final int AF_UNIX = 1;

	private static final int SOCK_DGRAM = 2;

	private static final int SOCK_CLOEXEC = 0x80000;

	private static final int MSG_NOSIGNAL = 0x4000;

	/**
	 * Datagrams up to this size are copied into a buffer each thread keeps for the next
	 * one.
	 */
	private static final int KEPT_BUFFER_LIMIT = 64 * 1024;

	private static final ThreadLocal<@Nullable Memory> buffers = new ThreadLocal<>();

	private final StampedLock closing = new StampedLock();

	private volatile int descriptor = -1;

	/**
	 * Send a datagram. The bytes are copied once, into native memory the calling thread
	 * reuses: passing a Java array would have JNA copy it in and back out on every call.
	 * @param datagram the bytes
	 * @param address the destination's {@code struct sockaddr_un}, in native memory
	 * @throws LastErrorException if {@code sendto} fails
	 * @throws IOException if the socket cannot be opened
	 */
	void sendto(byte[] datagram, Memory address) throws IOException {
		Memory buffer = buffer(datagram.length);
		buffer.write(0, datagram, 0, datagram.length);
		withDescriptor((descriptor) -> Libc.sendto(descriptor, buffer, new NativeLong(datagram.length), MSG_NOSIGNAL,
				address, (int) address.size()));
	}

	/**
	 * Use the descriptor, which {@link #close} does not close meanwhile: closed between a
	 * sender's read of the number and its call, the number could name another file by
	 * then (a connection of the application), which would receive the datagram.
	 * @param use what to do with the descriptor
	 * @throws IOException if the socket cannot be opened
	 */
	void withDescriptor(IntConsumer use) throws IOException {
		long stamp = this.closing.readLock();
		try {
			use.accept(descriptor());
		}
		finally {
			this.closing.unlockRead(stamp);
		}
	}

	private static Memory buffer(int size) {
		Memory kept = buffers.get();
		if (kept != null && kept.size() >= size) {
			return kept;
		}
		Memory buffer = new Memory(Math.max(size, 1024));
		if (size <= KEPT_BUFFER_LIMIT) {
			buffers.set(buffer);
		}
		return buffer;
	}

	/**
	 * Copy a socket address into native memory, once, for {@link #sendto}.
	 * @param address the {@code struct sockaddr_un}
	 * @return the address in native memory
	 */
	static Memory nativeAddress(byte[] address) {
		Memory memory = new Memory(address.length);
		memory.write(0, address, 0, address.length);
		return memory;
	}

	/**
	 * Send a message ({@code sendmsg}), e.g. one carrying a descriptor.
	 * @param message the {@code struct msghdr}
	 * @throws LastErrorException if {@code sendmsg} fails
	 * @throws IOException if the socket cannot be opened
	 */
	void sendmsg(Pointer message) throws IOException {
		withDescriptor((descriptor) -> Libc.sendmsg(descriptor, message, MSG_NOSIGNAL));
	}

	/**
	 * Close the socket once no sender uses it; a later send opens a new one.
	 */
	void close() {
		long stamp = this.closing.writeLock();
		try {
			synchronized (this) {
				if (this.descriptor >= 0) {
					Libc.close(this.descriptor);
					this.descriptor = -1;
				}
			}
		}
		finally {
			this.closing.unlockWrite(stamp);
		}
	}

	private int descriptor() throws IOException {
		int open = this.descriptor;
		return (open >= 0) ? open : open();
	}

	private synchronized int open() throws IOException {
		if (this.descriptor < 0) {
			try {
				this.descriptor = Libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
			}
			catch (LastErrorException ex) {
				throw new IOException("socket(AF_UNIX, SOCK_DGRAM) failed: " + ex.getMessage(), ex);
			}
		}
		return this.descriptor;
	}

	/**
	 * Direct-mapped libc functions (cheaper per call than an interface proxy).
	 */
	private static final class Libc {

		static {
			Native.register("c");
		}

		static native int socket(int domain, int type, int protocol) throws LastErrorException;

		static native NativeLong sendto(int socket, Pointer buffer, NativeLong length, int flags, Pointer address,
				int addressLength) throws LastErrorException;

		static native NativeLong sendmsg(int socket, Pointer message, int flags) throws LastErrorException;

		static native int close(int descriptor);

	}

}
