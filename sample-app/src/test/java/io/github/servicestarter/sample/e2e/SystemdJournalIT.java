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

package io.github.servicestarter.sample.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Log events as native journal entries, read back with {@code journalctl} from the
 * journald of a booted Debian 12 whose PID 1 is systemd, the sample installed as users
 * install it.
 */
@Tag(BootedDebian.EVERY_RELEASE)
class SystemdJournalIT {

	private static final String UNIT = "sample-app.service";

	private static final int PORT = 8080;

	private static final String PROBE_LOGGER = "io.github.servicestarter.sample.LogProbeController";

	private static final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	static final BootedDebian debian = new BootedDebian();

	@Test
	void anUncaughtExceptionWithACauseIsOneErrorEntryHoldingTheWholeTrace() {
		install();
		debian.post(PORT, "/log/uncaught");
		List<JsonNode> errors = awaitEntries("-p", "err");
		assertThat(errors).singleElement().satisfies((entry) -> {
			assertThat(entry.get("PRIORITY").asString()).isEqualTo("3");
			assertThat(entry.get("EXCEPTION").asString()).isEqualTo("java.lang.IllegalStateException");
			assertThat(entry.get("THREAD").asString()).isEqualTo("sample-order-worker");
			assertThat(entry.get("MESSAGE").asString())
				.startsWith("Uncaught exception in thread 'sample-order-worker' of service sample-app")
				.contains("java.lang.IllegalStateException: order 17 could not be placed")
				.contains("\tat io.github.servicestarter.sample.LogProbeController")
				.contains("Caused by: java.io.IOException: disk full on /var/lib/orders");
		});
	}

	@Test
	void theLoggerAndThreadFieldsSelectEntries() {
		install();
		debian.get(PORT, "/log/mdc?requestId=r-1");
		awaitEntries("LOGGER=" + PROBE_LOGGER);
		String byLogger = debian.journal("-u", UNIT, "-o", "cat", "LOGGER=" + PROBE_LOGGER);
		assertThat(byLogger.strip()).isEqualTo("Handled a request with an MDC value");
		String byThread = debian.journal("-u", UNIT, "-o", "cat", "THREAD=main");
		assertThat(byThread).contains("Started SampleApplication").doesNotContain("Handled a request");
	}

	@Test
	void anMdcValueSetByARequestIsAField() {
		install();
		debian.get(PORT, "/log/mdc?requestId=r-4711");
		List<JsonNode> entries = awaitEntries("REQUESTID=r-4711");
		assertThat(entries).singleElement()
			.satisfies((entry) -> assertThat(entry.get("MESSAGE").asString())
				.isEqualTo("Handled a request with an MDC value"));
	}

	@Test
	void aMessageOf300KilobytesArrivesWhole() {
		install();
		debian.post(PORT, "/log/large?kilobytes=300");
		List<JsonNode> entries = awaitEntries("--all", "LOGGER=" + PROBE_LOGGER);
		String message = entries.get(0).get("MESSAGE").asString();
		assertThat(message).hasSize("Large message: ".length() + 300 * 1024 + " :end".length())
			.startsWith("Large message: xxx")
			.endsWith("xxx :end");
	}

	@Test
	void theJsonOutputShowsTheFields() {
		install();
		List<JsonNode> started = awaitEntries("THREAD=main",
				"LOGGER=io.github.servicestarter.sample.SampleApplication");
		JsonNode entry = started.stream()
			.filter((candidate) -> candidate.get("MESSAGE").asString().startsWith("Started SampleApplication"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.get("PRIORITY").asString()).isEqualTo("6");
		assertThat(entry.get("SYSLOG_IDENTIFIER").asString()).isEqualTo("sample-app");
		assertThat(entry.get("TID").asString()).matches("\\d+");
		assertThat(entry.get("_SYSTEMD_UNIT").asString()).isEqualTo(UNIT);
		assertThat(entry.get("_TRANSPORT").asString()).isEqualTo("journal");
	}

	@Test
	void prefixModeWritesPrefixedLinesAsBefore() {
		install("--service.logging.journal.mode=prefix");
		debian.post(PORT, "/log/uncaught");
		List<JsonNode> errors = awaitEntries("-p", "err");
		assertThat(errors).singleElement().satisfies((entry) -> {
			assertThat(entry.get("_TRANSPORT").asString()).isEqualTo("stdout");
			assertThat(entry.get("MESSAGE").asString())
				.contains("Uncaught exception in thread 'sample-order-worker' of service sample-app")
				.doesNotContain("Caused by");
			assertThat(entry.has("LOGGER")).isFalse();
		});
		assertThat(debian.journal("-u", UNIT, "-o", "cat", "-p", "info"))
			.contains("Caused by: java.io.IOException: disk full on /var/lib/orders");
	}

	private static void install(String... arguments) {
		debian.install(PORT, arguments);
		debian.awaitUnit(UNIT, Duration.ofSeconds(60), (state) -> state.get("StatusText").contains("health"),
				"StatusText");
	}

	/** The unit's entries that match, as JSON, once there is at least one. */
	private static List<JsonNode> awaitEntries(String... matches) {
		List<JsonNode>[] entries = new List[1];
		await("journal entries matching " + String.join(" ", matches)).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				String[] command = new String[matches.length + 4];
				command[0] = "-u";
				command[1] = UNIT;
				command[2] = "-o";
				command[3] = "json";
				System.arraycopy(matches, 0, command, 4, matches.length);
				entries[0] = debian.journal(command)
					.lines()
					.filter((line) -> !line.isBlank())
					.map(json::readTree)
					.toList();
				return !entries[0].isEmpty();
			});
		return entries[0];
	}

}
