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
import java.nio.file.Path;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import io.github.servicestarter.systemd.JournalTransport;
import io.github.servicestarter.systemd.NotifySocketAddress;

/**
 * Sends journal entries to journald's native socket with libc, as {@code sd_journal_send}
 * does: one datagram per entry; an entry too large for a datagram is written to a sealed
 * memfd whose descriptor is passed with {@code SCM_RIGHTS} and an empty payload. The
 * socket is blocking, so a busy journald slows the sender down rather than losing
 * entries.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcJournalTransport implements JournalTransport {

	private static final int EMSGSIZE = 90;

	private static final int ENOBUFS = 105;

	private static final int MFD_CLOEXEC = 1;

	private static final int MFD_ALLOW_SEALING = 2;

	private static final int F_ADD_SEALS = 1033;

	/** F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE. */
	private static final int ALL_SEALS = 1 | 2 | 4 | 8;

	private static final int SOL_SOCKET = 1;

	private static final int SCM_RIGHTS = 1;

	private final Memory address;

	private final Path socketPath;

	private final LibcDatagramSocket socket = new LibcDatagramSocket();

	/**
	 * Create a transport to journald's socket at the given path. No native call is made
	 * until the first entry is sent.
	 * @param socketPath the socket's path, usually {@link JournalTransport#SOCKET}
	 */
	public LibcJournalTransport(Path socketPath) {
		this.socketPath = socketPath;
		this.address = LibcDatagramSocket.nativeAddress(NotifySocketAddress.parse(socketPath.toString()).toSockaddr());
	}

	@Override
	public void send(byte[] entry) throws IOException {
		try {
			this.socket.sendto(entry, this.address);
		}
		catch (LastErrorException ex) {
			if (ex.getErrorCode() != EMSGSIZE && ex.getErrorCode() != ENOBUFS) {
				throw new IOException("sendto " + this.socketPath + " failed: " + ex.getMessage(), ex);
			}
			sendInMemfd(entry);
		}
	}

	private void sendInMemfd(byte[] entry) throws IOException {
		int memfd;
		try {
			memfd = Libc.memfd_create("journal-entry", MFD_CLOEXEC | MFD_ALLOW_SEALING);
		}
		catch (LastErrorException ex) {
			throw new IOException("memfd_create failed for a " + entry.length + "-byte entry: " + ex.getMessage(), ex);
		}
		try {
			Memory content = new Memory(entry.length);
			content.write(0, entry, 0, entry.length);
			for (long written = 0; written < entry.length;) {
				written += Libc.write(memfd, content.share(written), new NativeLong(entry.length - written))
					.longValue();
			}
			Libc.fcntl(memfd, F_ADD_SEALS, ALL_SEALS);
			this.socket.sendmsg(descriptorMessage(memfd));
		}
		catch (LastErrorException ex) {
			throw new IOException("Passing a " + entry.length + "-byte entry in a memfd to " + this.socketPath
					+ " failed: " + ex.getMessage(), ex);
		}
		finally {
			Libc.close(memfd);
		}
	}

	/**
	 * A {@code struct msghdr} to the socket's address with no payload and one
	 * {@code SCM_RIGHTS} control message carrying the descriptor (LP64 and ILP32 layouts:
	 * pointers and {@code size_t} have the same size).
	 */
	private Pointer descriptorMessage(int descriptor) {
		int word = Native.POINTER_SIZE;
		int controlHeader = align(word + 2 * Integer.BYTES, word);
		Memory control = new Memory(controlHeader + align(Integer.BYTES, word));
		control.clear();
		writeWord(control, 0, controlHeader + Integer.BYTES);
		control.setInt(word, SOL_SOCKET);
		control.setInt(word + Integer.BYTES, SCM_RIGHTS);
		control.setInt(controlHeader, descriptor);
		Memory message = new Memory(7L * word);
		message.clear();
		message.setPointer(0, this.address);
		message.setInt(word, (int) this.address.size());
		message.setPointer(4L * word, control);
		writeWord(message, 5L * word, control.size());
		return message;
	}

	private static int align(int size, int alignment) {
		return (size + alignment - 1) / alignment * alignment;
	}

	private static void writeWord(Pointer pointer, long offset, long value) {
		if (Native.POINTER_SIZE == Long.BYTES) {
			pointer.setLong(offset, value);
		}
		else {
			pointer.setInt(offset, (int) value);
		}
	}

	@Override
	public void close() {
		this.socket.close();
	}

	/**
	 * Direct-mapped libc functions (cheaper per call than an interface proxy).
	 */
	private static final class Libc {

		static {
			Native.register("c");
		}

		static native int memfd_create(String name, int flags) throws LastErrorException;

		static native NativeLong write(int descriptor, Pointer buffer, NativeLong length) throws LastErrorException;

		static native int fcntl(int descriptor, int command, int argument) throws LastErrorException;

		static native int close(int descriptor);

	}

}
