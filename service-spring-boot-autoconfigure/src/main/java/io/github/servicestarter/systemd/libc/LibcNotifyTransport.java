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

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.NotifyTransport;

/**
 * Sends {@code sd_notify} datagrams with libc's {@code socket} and {@code sendto}: the
 * JDK cannot send on {@code AF_UNIX} datagram sockets, and libsystemd is missing from
 * slim images. One close-on-exec socket is opened on first use and kept for the life of
 * the process, so child processes never inherit it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcNotifyTransport implements NotifyTransport {

	private final Memory address;

	private final LibcDatagramSocket socket = new LibcDatagramSocket();

	/**
	 * Create a transport to the given notify socket. No native call is made until the
	 * first datagram is sent.
	 * @param address the notify socket address
	 */
	public LibcNotifyTransport(NotifySocketAddress address) {
		this.address = LibcDatagramSocket.nativeAddress(address.toSockaddr());
	}

	@Override
	public void send(byte[] datagram) throws IOException {
		try {
			this.socket.sendto(datagram, this.address);
		}
		catch (LastErrorException ex) {
			throw new IOException("sendto failed: " + ex.getMessage(), ex);
		}
	}

}
