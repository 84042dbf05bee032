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

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.SocketActivation;
import io.github.servicestarter.systemd.SocketActivationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The kernel's description of real sockets, made here as systemd makes them.
 */
@EnabledOnOs(OS.LINUX)
class LibcSocketsTests {

	@Test
	void describesAListeningTcpSocketWithItsPortAndMarksItCloseOnExec() {
		int socket = Libc.socket(2, 1, 0);
		try {
			// 127.0.0.1, any port.
			byte[] address = { 2, 0, 0, 0, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
			Libc.bind(socket, address, address.length);
			Libc.listen(socket, 16);
			PassedSocket described = LibcSockets.describe(new SocketActivation.Passed(socket, "application"));
			assertThat(described.family()).isEqualTo(2);
			assertThat(described.isListeningTcp()).isTrue();
			assertThat(described.port()).isPositive();
			assertThat(Libc.fcntl(socket, 1, 0) & 1).as("FD_CLOEXEC").isOne();
		}
		finally {
			Libc.close(socket);
		}
	}

	@Test
	void describesADatagramSocketAsNotListening() {
		int socket = Libc.socket(10, 2, 0);
		try {
			PassedSocket described = LibcSockets.describe(new SocketActivation.Passed(socket, "x"));
			assertThat(described.type()).isEqualTo(2);
			assertThat(described.listening()).isFalse();
			assertThat(described.isListeningTcp()).isFalse();
		}
		finally {
			Libc.close(socket);
		}
	}

	@Test
	void aDescriptorThatIsNoSocketIsExplainedWithWhatToDo() {
		int file = Libc.open("/dev/null", 0);
		try {
			assertThatExceptionOfType(SocketActivationException.class)
				.isThrownBy(() -> LibcSockets.describe(new SocketActivation.Passed(file, "application")))
				.withMessageContaining(
						"Descriptor " + file + " ('application'), passed by LISTEN_FDS, is not an open socket")
				.satisfies((ex) -> assertThat(ex.getAction()).contains("remove LISTEN_PID, LISTEN_FDS"));
		}
		finally {
			Libc.close(file);
		}
	}

	private static final class Libc {

		static {
			Native.register("c");
		}

		static native int socket(int domain, int type, int protocol) throws LastErrorException;

		static native int bind(int socket, byte[] address, int length) throws LastErrorException;

		static native int listen(int socket, int backlog) throws LastErrorException;

		static native int fcntl(int descriptor, int command, int argument) throws LastErrorException;

		static native int close(int socket) throws LastErrorException;

		static native int open(String path, int flags) throws LastErrorException;

	}

}
