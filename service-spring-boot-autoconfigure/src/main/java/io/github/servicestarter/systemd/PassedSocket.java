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

/**
 * A socket systemd passed to the service ({@code LISTEN_FDS}), as the kernel describes
 * it.
 *
 * @param descriptor the file descriptor, from 3 up
 * @param name its name from {@code LISTEN_FDNAMES} ({@code FileDescriptorName=}, by
 * default the socket unit's name)
 * @param family the address family ({@code AF_INET} 2, {@code AF_INET6} 10,
 * {@code AF_UNIX} 1)
 * @param type the socket type ({@code SOCK_STREAM} 1, {@code SOCK_DGRAM} 2,
 * {@code SOCK_SEQPACKET} 5)
 * @param listening whether it is a listening socket ({@code Accept=no}) rather than one
 * connection ({@code Accept=yes})
 * @param port the local port of an internet socket, else 0
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record PassedSocket(int descriptor, String name, int family, int type, boolean listening, int port) {

	static final int AF_UNIX = 1;

	static final int AF_INET = 2;

	static final int AF_INET6 = 10;

	static final int SOCK_STREAM = 1;

	/**
	 * Return whether a web server can serve on this socket: a listening TCP socket.
	 * @return whether it is a listening internet stream socket
	 */
	public boolean isListeningTcp() {
		return (this.family == AF_INET || this.family == AF_INET6) && this.type == SOCK_STREAM && this.listening;
	}

	@Override
	public String toString() {
		String family = switch (this.family) {
			case AF_INET -> "AF_INET";
			case AF_INET6 -> "AF_INET6";
			case AF_UNIX -> "AF_UNIX";
			default -> "family " + this.family;
		};
		String type = switch (this.type) {
			case SOCK_STREAM -> "stream";
			case 2 -> "datagram";
			case 5 -> "seqpacket";
			default -> "type " + this.type;
		};
		return "fd " + this.descriptor + " '" + this.name + "' (" + family + " " + type
				+ (this.listening ? " listening" : " connected") + ((this.port > 0) ? " on port " + this.port : "")
				+ ")";
	}

}
