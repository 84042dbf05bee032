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

import java.util.List;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SocketActivation}.
 */
class SocketActivationTests {

	private static final PassedSocket HTTP = new PassedSocket(3, "app.socket", 10, 1, true, 8080);

	private static final PassedSocket OTHER = new PassedSocket(4, "app.socket", 10, 1, true, 9090);

	@Test
	void socketsArePassedOnlyToTheProcessLISTEN_PIDNames() {
		FakeHostProcess process = new FakeHostProcess().pid(4242)
			.env("LISTEN_FDS", "2")
			.env("LISTEN_FDNAMES", "application:management");
		assertThat(SocketActivation.passed(process.env("LISTEN_PID", "4242"))).containsExactly(
				new SocketActivation.Passed(3, "application"), new SocketActivation.Passed(4, "management"));
		assertThat(SocketActivation.passed(process.env("LISTEN_PID", "1"))).isEmpty();
	}

	@Test
	void socketsWithoutNamesAreUnknownAndGarbageIsNone() {
		FakeHostProcess process = new FakeHostProcess().pid(7).env("LISTEN_PID", "7").env("LISTEN_FDS", "1");
		assertThat(SocketActivation.passed(process)).containsExactly(new SocketActivation.Passed(3, "unknown"));
		assertThat(SocketActivation.passed(process.env("LISTEN_FDS", "0"))).isEmpty();
		assertThat(SocketActivation.passed(process.env("LISTEN_FDS", "x"))).isEmpty();
		assertThat(SocketActivation.passed(new FakeHostProcess().pid(7).env("LISTEN_FDS", "1"))).isEmpty();
	}

	@Test
	void theOnlySocketIsTheApplications() {
		assertThat(SocketActivation.choose(List.of(HTTP), null, null)).isEqualTo(HTTP);
	}

	@Test
	void ofSeveralTheNamedOneWinsThenTheOneOnServerPort() {
		PassedSocket named = new PassedSocket(5, "application", 2, 1, true, 7070);
		assertThat(SocketActivation.choose(List.of(HTTP, OTHER, named), 9090, null)).isEqualTo(named);
		assertThat(SocketActivation.choose(List.of(HTTP, OTHER), 9090, null)).isEqualTo(OTHER);
		assertThatExceptionOfType(SocketActivationException.class)
			.isThrownBy(() -> SocketActivation.choose(List.of(HTTP, OTHER), 7070, null))
			.withMessageContaining("2 sockets")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("FileDescriptorName=application", "7070"));
	}

	@Test
	void aSocketForASeparateManagementServerIsRefused() {
		assertThatExceptionOfType(SocketActivationException.class)
			.isThrownBy(() -> SocketActivation.choose(List.of(HTTP, OTHER), 8080, 9090))
			.withMessageContaining("management server")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("management.server.port"));
		assertThat(SocketActivation.choose(List.of(HTTP), 8080, 8080)).isEqualTo(HTTP);
	}

	@Test
	void aSocketOfTheWrongKindIsAClearFailure() {
		PassedSocket unix = new PassedSocket(3, "app.socket", 1, 1, true, 0);
		PassedSocket datagram = new PassedSocket(3, "app.socket", 2, 2, false, 8080);
		PassedSocket connection = new PassedSocket(3, "app.socket", 10, 1, false, 8080);
		assertThatExceptionOfType(SocketActivationException.class)
			.isThrownBy(() -> SocketActivation.choose(List.of(unix), null, null))
			.withMessageContaining("AF_UNIX stream listening")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("ListenStream=<port>"));
		assertThatExceptionOfType(SocketActivationException.class)
			.isThrownBy(() -> SocketActivation.choose(List.of(datagram), null, null))
			.withMessageContaining("AF_INET datagram");
		assertThatExceptionOfType(SocketActivationException.class)
			.isThrownBy(() -> SocketActivation.choose(List.of(connection), null, null))
			.withMessageContaining("connected")
			.satisfies((ex) -> assertThat(ex.getAction()).contains("Accept=no"));
	}

}
