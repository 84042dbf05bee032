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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The sample fat jar with {@code JOURNAL_STREAM} naming its standard output, as systemd
 * sets it when the unit's output goes to the journal, but without journald: the prefix
 * mode and the fallback to it. Native entries are tested against a real journald in
 * {@link SystemdJournalIT}.
 */
class JournalLoggingIT {

	private static final Pattern PREFIXED = Pattern.compile("^<(\\d)>\\s*(TRACE|DEBUG|INFO|WARN|ERROR) ");

	private static final Map<String, String> PRIORITIES = Map.of("ERROR", "3", "WARN", "4", "INFO", "6", "DEBUG", "7",
			"TRACE", "7");

	@TempDir
	Path directory;

	@Test
	void prefixModeGivesPriorityPrefixesAndNoColours() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout.log"));
		List<String> lines = run(stdout, stream(stdout), "--service.logging.journal.mode=prefix");
		List<Matcher> prefixed = lines.stream().map(PREFIXED::matcher).filter(Matcher::find).toList();
		assertThat(prefixed).extracting((line) -> line.group(2)).contains("DEBUG", "INFO", "WARN", "ERROR");
		assertThat(prefixed).allSatisfy((line) -> assertThat(line.group(1)).isEqualTo(PRIORITIES.get(line.group(2))));
		assertThat(lines).noneMatch((line) -> line.contains("\u001b["));
		assertThat(lines).noneMatch((line) -> line.matches("^\\d{4}-\\d{2}-\\d{2}T.*"));
		assertThat(lines).anyMatch((line) -> line.startsWith("<3>ERROR")
				&& line.contains("Uncaught exception in thread 'sample-crash' of service sample-app"));
	}

	@Test
	void nativeModeWithoutTheJournalsSocketFallsBackToPrefixedLinesWithOneWarning() throws Exception {
		assumeFalse(Files.exists(Path.of("/run/systemd/journal/socket")), "journald runs on this host");
		Path stdout = Files.createFile(this.directory.resolve("stdout.log"));
		List<String> lines = run(stdout, stream(stdout));
		assertThat(lines).filteredOn((line) -> line.contains("The journal's socket /run/systemd/journal/socket"))
			.singleElement()
			.asString()
			.startsWith("<4>")
			.contains("WARN");
		assertThat(lines).anyMatch((line) -> line.startsWith("<3>ERROR")
				&& line.contains("Uncaught exception in thread 'sample-crash' of service sample-app"));
	}

	@Test
	void journalStreamOfAnotherStreamChangesNothing() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout.log"));
		Path other = Files.createFile(this.directory.resolve("other.log"));
		List<String> lines = run(stdout, stream(other));
		assertThat(lines).noneMatch((line) -> PREFIXED.matcher(line).find());
		assertThat(lines).anyMatch((line) -> line.matches("^\\d{4}-\\d{2}-\\d{2}T.* INFO .*"));
	}

	private List<String> run(Path stdout, String journalStream, String... arguments) throws Exception {
		SampleUnit sample = new SampleUnit("journal", this.directory);
		List<String> command = new ArrayList<>(
				List.of(SampleUnit.java(), "-Xmx192m", "-jar", SampleUnit.jar().toString(),
						"--server.port=" + sample.port(), "--logging.level.io.github.servicestarter=debug",
						"--service.state-directory=" + this.directory.resolve("state")));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stdout.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("WATCHDOG_") || name.startsWith("SYSTEMD_"));
		builder.environment().put("JOURNAL_STREAM", journalStream);
		// A notify socket nobody listens on: a manager is present (so the uncaught
		// exception handler is installed) and sending to it logs a warning.
		builder.environment().put("NOTIFY_SOCKET", this.directory.resolve("nobody-listens").toString());
		Process process = builder.start();
		try {
			await().atMost(Duration.ofSeconds(90))
				.ignoreExceptions()
				.untilAsserted(() -> assertThat(sample.get("/actuator/health")).isEqualTo(200));
			assertThat(sample.post("/threads/crash")).isEqualTo(200);
			await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(stdout).contains("sample-crash"));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
		return Files.readAllLines(stdout);
	}

	private static String stream(Path file) throws Exception {
		Map<String, Object> attributes = Files.readAttributes(file, "unix:dev,ino");
		return attributes.get("dev") + ":" + attributes.get("ino");
	}

}
