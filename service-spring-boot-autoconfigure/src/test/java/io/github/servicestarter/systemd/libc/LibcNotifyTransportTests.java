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

import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.SystemdNotifier;
import io.github.servicestarter.testsupport.UnixDatagramReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Protocol tests: the real notifier and transport against a real datagram socket.
 */
@EnabledOnOs(OS.LINUX)
@ExtendWith(OutputCaptureExtension.class)
class LibcNotifyTransportTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	@TempDir
	Path directory;

	@Test
	void sendsExactDatagramsToPathSocket() throws Exception {
		String address = this.directory.resolve("notify").toString();
		try (UnixDatagramReceiver systemd = UnixDatagramReceiver.bind(address, TIMEOUT)) {
			SystemdNotifier notifier = notifier(address);
			notifier.progress("Starting: refreshing", Duration.ofSeconds(30));
			notifier.ready("Started in 3.1 s, health UP");
			notifier.watchdog();
			notifier.stopping("Stopping");
			assertThat(systemd.receive()).isEqualTo("STATUS=Starting: refreshing\nEXTEND_TIMEOUT_USEC=30000000");
			assertThat(systemd.receive()).isEqualTo("READY=1\nSTATUS=Started in 3.1 s, health UP");
			assertThat(systemd.receive()).isEqualTo("WATCHDOG=1");
			assertThat(systemd.receive()).isEqualTo("STOPPING=1\nSTATUS=Stopping");
		}
	}

	@Test
	void sendsExactDatagramsToAbstractSocket() throws Exception {
		String address = "@service-starter-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
		try (UnixDatagramReceiver systemd = UnixDatagramReceiver.bind(address, TIMEOUT)) {
			SystemdNotifier notifier = notifier(address);
			notifier.status("line one\nline two");
			notifier.watchdogTrigger();
			assertThat(systemd.receive()).isEqualTo("STATUS=line one line two");
			assertThat(systemd.receive()).isEqualTo("WATCHDOG=trigger");
		}
	}

	@Test
	void missingSocketFailsWithReason() {
		String address = this.directory.resolve("nobody-listens").toString();
		LibcNotifyTransport transport = new LibcNotifyTransport(NotifySocketAddress.parse(address));
		assertThatIOException().isThrownBy(() -> transport.send("READY=1".getBytes()))
			.withMessageContaining("sendto failed")
			.withMessageContaining("No such file or directory");
	}

	@Test
	void missingSocketIsReportedOnceAndNeverThrows(CapturedOutput output) {
		String address = this.directory.resolve("nobody-listens").toString();
		SystemdNotifier notifier = notifier(address);
		notifier.ready("Started");
		notifier.watchdog();
		notifier.status("Running");
		assertThat(output.getOut().split("Could not notify systemd", -1)).hasSize(2);
		assertThat(output).contains("NOTIFY_SOCKET=" + address).contains("No such file or directory");
	}

	private static SystemdNotifier notifier(String address) {
		return new SystemdNotifier(new LibcNotifyTransport(NotifySocketAddress.parse(address)), address, null);
	}

}
