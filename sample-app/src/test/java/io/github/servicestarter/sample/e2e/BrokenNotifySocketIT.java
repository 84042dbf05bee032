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
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample app's fat jar with a {@code NOTIFY_SOCKET} that leads nowhere: it must
 * start, serve, and say once, clearly, what is wrong.
 */
class BrokenNotifySocketIT {

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { "/nonexistent/notify.socket", "garbage", "vsock:2:9999" })
	void appStartsServesAndWarnsOnce(String notifySocket) throws Exception {
		SampleUnit sample = new SampleUnit("broken-notify", this.directory);
		Path log = this.directory.resolve("out.log");
		ProcessBuilder builder = new ProcessBuilder(SampleUnit.java(), "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar",
				SampleUnit.jar().toString(), "--server.port=" + sample.port())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("WATCHDOG_") || name.startsWith("SYSTEMD_"));
		builder.environment().put("NOTIFY_SOCKET", notifySocket);
		Process process = builder.start();
		try {
			await().atMost(Duration.ofSeconds(90))
				.ignoreExceptions()
				.untilAsserted(() -> assertThat(sample.get("/actuator/health")).isEqualTo(200));
			assertThat(sample.get("/slow?ms=10")).isEqualTo(200);
			List<String> warnings = Files.readAllLines(log)
				.stream()
				.filter((line) -> line.contains(" WARN ") && line.contains("NOTIFY_SOCKET"))
				.toList();
			assertThat(warnings).as(Files.readString(log)).singleElement().asString().contains(notifySocket);
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

}
