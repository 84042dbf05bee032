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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.servicestarter.systemd.JournalEntry;
import io.github.servicestarter.testsupport.JournalFields;
import io.github.servicestarter.testsupport.UnixDatagramReceiver;
import io.github.servicestarter.testsupport.UnixDatagramReceiver.Datagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Protocol tests: the real transport against a real datagram socket in journald's place.
 */
@EnabledOnOs(OS.LINUX)
class LibcJournalTransportTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	/**
	 * F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE: what journald requires.
	 */
	private static final int ALL_SEALS = 15;

	@TempDir
	Path directory;

	@Test
	void sendsAnEntryAsOneDatagram() throws Exception {
		Path socket = this.directory.resolve("socket");
		try (UnixDatagramReceiver journald = UnixDatagramReceiver.bind(socket.toString(), TIMEOUT);
				LibcJournalTransport transport = new LibcJournalTransport(socket)) {
			byte[] entry = new JournalEntry().field("MESSAGE", "line one\nline two")
				.field("PRIORITY", "3")
				.toByteArray();
			transport.send(entry);
			Datagram datagram = journald.receiveBytes();
			assertThat(datagram.payload()).isEqualTo(entry);
			assertThat(datagram.descriptor()).isEqualTo(-1);
		}
	}

	@Test
	void sendsAnEntryTooLargeForADatagramInASealedMemfd() throws Exception {
		Path socket = this.directory.resolve("socket");
		String message = "m".repeat(300 * 1024);
		try (UnixDatagramReceiver journald = UnixDatagramReceiver.bind(socket.toString(), TIMEOUT);
				LibcJournalTransport transport = new LibcJournalTransport(socket)) {
			byte[] entry = new JournalEntry().field("MESSAGE", message).field("PRIORITY", "6").toByteArray();
			transport.send(entry);
			Datagram datagram = journald.receiveBytes();
			assertThat(datagram.payload()).isEmpty();
			assertThat(datagram.descriptor()).isNotNegative();
			assertThat(datagram.seals()).isEqualTo(ALL_SEALS);
			Map<String, List<String>> fields = JournalFields.parse(datagram.descriptorContent());
			assertThat(fields.get("MESSAGE")).containsExactly(message);
			assertThat(fields.get("PRIORITY")).containsExactly("6");
		}
	}

	@Test
	void aMissingSocketIsAnIOException() {
		try (LibcJournalTransport transport = new LibcJournalTransport(this.directory.resolve("missing"))) {
			assertThatIOException()
				.isThrownBy(() -> transport.send(new JournalEntry().field("MESSAGE", "x").toByteArray()))
				.withMessageContaining("sendto");
		}
	}

	@Test
	void theThreadIdIsTheKernelsId() throws Exception {
		int[] ids = new int[2];
		Thread other = new Thread(() -> ids[1] = LibcThread.currentId());
		other.start();
		other.join();
		ids[0] = LibcThread.currentId();
		assertThat(ids[0]).isNotEqualTo(ids[1]);
		assertThat(Path.of("/proc/self/task/" + ids[0])).exists();
	}

}
