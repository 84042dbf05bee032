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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.SocketActivation;
import io.github.servicestarter.systemd.SocketActivationException;

/**
 * What the kernel says of a socket systemd passed ({@code getsockopt},
 * {@code getsockname}), and moving it to standard input, the only descriptor the JDK
 * turns into a channel ({@link System#inheritedChannel()}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcSockets {

	private static final int SOL_SOCKET = 1;

	private static final int SO_TYPE = 3;

	private static final int SO_ACCEPTCONN = 30;

	private static final int SO_DOMAIN = 39;

	private static final int F_SETFD = 2;

	private static final int FD_CLOEXEC = 1;

	private static final int STANDARD_INPUT = 0;

	static {
		Native.register("c");
	}

	private LibcSockets() {
	}

	/**
	 * Ask the kernel what a passed descriptor is, and mark it close-on-exec so that child
	 * processes do not inherit it (as {@code sd_listen_fds} does).
	 * @param passed the descriptor and its name
	 * @return the socket's description
	 * @throws SocketActivationException if the descriptor is not an open socket
	 */
	public static PassedSocket describe(SocketActivation.Passed passed) {
		try {
			return query(passed);
		}
		catch (LastErrorException ex) {
			throw new SocketActivationException(
					"Descriptor " + passed.descriptor() + " ('" + passed.name()
							+ "'), passed by LISTEN_FDS, is not an open socket (" + ex.getMessage() + ")",
					"Fix the socket unit so that it passes listening sockets, or remove LISTEN_PID, LISTEN_FDS and "
							+ "LISTEN_FDNAMES from the environment that starts the application.");
		}
	}

	private static PassedSocket query(SocketActivation.Passed passed) {
		int descriptor = passed.descriptor();
		fcntl(descriptor, F_SETFD, FD_CLOEXEC);
		int family = option(descriptor, SO_DOMAIN);
		byte[] address = new byte[128];
		int[] length = { address.length };
		getsockname(descriptor, address, length);
		// sockaddr_in and sockaddr_in6 both hold the port, in network order, after the
		// family.
		int port = (family == 2 || family == 10)
				? Short.toUnsignedInt(ByteBuffer.wrap(address, 2, 2).order(ByteOrder.BIG_ENDIAN).getShort()) : 0;
		return new PassedSocket(descriptor, passed.name(), family, option(descriptor, SO_TYPE),
				option(descriptor, SO_ACCEPTCONN) != 0, port);
	}

	/**
	 * Make standard input the given socket and close the descriptor it had, so that
	 * {@link System#inheritedChannel()} returns it. Standard input is marked
	 * close-on-exec.
	 * @param descriptor the socket's descriptor
	 */
	public static void moveToStandardInput(int descriptor) {
		dup2(descriptor, STANDARD_INPUT);
		fcntl(STANDARD_INPUT, F_SETFD, FD_CLOEXEC);
		close(descriptor);
	}

	private static int option(int descriptor, int name) {
		int[] value = new int[1];
		getsockopt(descriptor, SOL_SOCKET, name, value, new int[] { Integer.BYTES });
		return value[0];
	}

	private static native int getsockopt(int socket, int level, int name, int[] value, int[] length)
			throws LastErrorException;

	private static native int getsockname(int socket, byte[] address, int[] length) throws LastErrorException;

	private static native int fcntl(int descriptor, int command, int argument) throws LastErrorException;

	private static native int dup2(int from, int to) throws LastErrorException;

	private static native int close(int descriptor) throws LastErrorException;

}
