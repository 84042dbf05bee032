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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Restart accounting and resource metrics of the sample app's fat jar under a real
 * systemd manager, read the way operators read them: a Prometheus scrape and the service
 * endpoint.
 */
class SystemdMetricsIT {

	@RegisterExtension
	static final SystemdUserManager systemd = new SystemdUserManager();

	@Test
	void crashIsCountedAndACleanRestartIsNot() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("accounting")
			.directive("StateDirectory=accounting")
			.directive("Restart=on-failure")
			.directive("RestartSec=1"));
		long firstPid = systemd.start(sample);
		String scrape = sample.getBody("/actuator/prometheus");
		assertThat(sample(scrape, "service_restarts_total{source=\"systemd\"}")).isZero();
		assertThat(sample(scrape, "service_crashes_total{reason=\"unknown\"}")).isZero();
		assertThat(sample(scrape, "service_starts_total")).isEqualTo(1);

		new ProcessBuilder("kill", "-9", Long.toString(firstPid)).start().waitFor();
		Map<String, String> restarted = systemd.awaitUnit(sample.name(), SystemdUserManager.START_TIMEOUT,
				(state) -> state.get("NRestarts").equals("1") && state.get("ActiveState").equals("active"), "NRestarts",
				"ActiveState", "MainPID");
		scrape = sample.getBody("/actuator/prometheus");
		assertThat(sample(scrape, "service_restarts_total{source=\"systemd\"}")).isEqualTo(1);
		// A unit of its own, without the generated ExecStopPost= that records systemd's
		// result: nothing says why the run ended.
		assertThat(sample(scrape, "service_crashes_total{reason=\"unknown\"}")).isEqualTo(1);
		assertThat(sample(scrape, "service_starts_total")).isEqualTo(2);
		String service = sample.getBody("/actuator/service");
		assertThat(service).contains("\"pid\":" + restarted.get("MainPID") + ",")
			.contains("\"restarts\":{\"count\":1,\"source\":\"systemd\",\"starts\":2,\"crashes\":1,")
			.contains("\"lastExit\":\"crash: the run of pid " + firstPid + " started at ")
			.contains("\"journalRecording\":true")
			.contains("\"unit\":\"accounting.service\"");

		systemd.systemctlOrFail("restart", sample.name());
		Map<String, String> cleanRestart = systemd.show(sample.name(), "NRestarts", "MainPID", "ActiveState");
		assertThat(cleanRestart).containsEntry("ActiveState", "active");
		scrape = sample.getBody("/actuator/prometheus");
		assertThat(sample(scrape, "service_crashes_total{reason=\"unknown\"}")).isEqualTo(1);
		assertThat(sample(scrape, "service_starts_total")).isEqualTo(3);
		assertThat(sample(scrape, "service_restarts_total{source=\"systemd\"}"))
			.isEqualTo(Double.parseDouble(cleanRestart.get("NRestarts")));
		assertThat(sample.getBody("/actuator/service")).contains("\"pid\":" + cleanRestart.get("MainPID") + ",")
			.contains("\"lastExit\":\"clean stop at ");
	}

	@Test
	void memoryMetricsMatchTheKernelAndTheUnitsLimit() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("memory").directive("MemoryMax=300M"));
		long pid = systemd.start(sample);
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			sample.getBody("/actuator/prometheus");
		}
		// The reader keeps /proc/self/status for half a second: let the warm-up's copy
		// expire.
		Thread.sleep(600);
		// The JVM still grows after start-up: bracket the scrape with the kernel's
		// figure.
		double before = vmRssBytes(pid);
		String scrape = sample.getBody("/actuator/prometheus");
		double after = vmRssBytes(pid);
		assertThat(sample(scrape, "process_memory_resident_bytes")).isBetween(Math.min(before, after) * 0.9,
				Math.max(before, after) * 1.1);
		assertThat(sample(scrape, "process_memory_limit_bytes")).isEqualTo(300 * 1024 * 1024, within(0.0));
		assertThat(sample(scrape, "process_threads")).isGreaterThan(10);
	}

	private static double vmRssBytes(long pid) throws Exception {
		Matcher rss = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB$")
			.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
		assertThat(rss.find()).isTrue();
		return Long.parseLong(rss.group(1)) * 1024.0;
	}

	private static double sample(String scrape, String series) {
		return scrape.lines()
			.filter((line) -> line.startsWith(series + " "))
			.map((line) -> Double.parseDouble(line.substring(series.length() + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(series + " not in the scrape:\n" + scrape));
	}

}
