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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SystemdNotifier}.
 */
@ExtendWith(OutputCaptureExtension.class)
class SystemdNotifierTests {

	private final List<String> sent = new ArrayList<>();

	private final SystemdNotifier notifier = new SystemdNotifier(
			(datagram) -> this.sent.add(new String(datagram, StandardCharsets.UTF_8)), "/run/notify",
			Duration.ofSeconds(10));

	@Test
	void mapsEachCallToItsFields() {
		this.notifier.progress("Starting", Duration.ofMillis(1500));
		this.notifier.ready("Started");
		this.notifier.status("Running");
		this.notifier.stopping("Stopping");
		this.notifier.watchdog();
		this.notifier.watchdogTrigger();
		assertThat(this.sent).containsExactly("STATUS=Starting\nEXTEND_TIMEOUT_USEC=1500000", "READY=1\nSTATUS=Started",
				"STATUS=Running", "STOPPING=1\nSTATUS=Stopping", "WATCHDOG=1", "WATCHDOG=trigger");
	}

	@Test
	void reloadingCarriesTheMonotonicClock() {
		long before = System.nanoTime() / 1000;
		this.notifier.reloading("Reloading");
		long after = System.nanoTime() / 1000;
		String[] fields = this.sent.get(0).split("\n");
		assertThat(fields[0]).isEqualTo("RELOADING=1");
		assertThat(Long.parseLong(fields[1].substring("MONOTONIC_USEC=".length()))).isBetween(before, after);
		assertThat(fields[2]).isEqualTo("STATUS=Reloading");
	}

	@Test
	void failedCarriesErrnoWhenOneApplies() {
		this.notifier.failed("Failed to start: port 8080 in use", 98);
		this.notifier.failed("Failed to start: bad configuration", 0);
		assertThat(this.sent).containsExactly("STATUS=Failed to start: port 8080 in use\nERRNO=98",
				"STATUS=Failed to start: bad configuration");
	}

	@Test
	void statusIsOneBoundedLine() {
		this.notifier.status("a\r\nb" + "c".repeat(5000));
		assertThat(this.sent.get(0)).startsWith("STATUS=a  bc").hasSize("STATUS=".length() + 1024).doesNotContain("\n");
	}

	@Test
	void exposesWatchdogTimeout() {
		assertThat(this.notifier.watchdogTimeout()).hasValue(Duration.ofSeconds(10));
	}

	@Test
	void failuresAreWarnedOnceAndNeverThrown(CapturedOutput output) {
		SystemdNotifier failing = new SystemdNotifier((datagram) -> {
			throw new IOException("sendto failed: [111] Connection refused");
		}, "/run/notify", null);
		failing.ready("Started");
		failing.watchdog();
		assertThat(output.getOut().split("WARN", -1)).hasSize(2);
		assertThat(output).contains("Could not notify systemd through NOTIFY_SOCKET=/run/notify")
			.contains("Connection refused")
			.contains("Type=notify");
	}

}
