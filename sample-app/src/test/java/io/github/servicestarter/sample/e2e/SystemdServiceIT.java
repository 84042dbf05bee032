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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample app's fat jar as a {@code Type=notify} unit under a real systemd manager.
 */
class SystemdServiceIT {

	@RegisterExtension
	static final SystemdUserManager systemd = new SystemdUserManager();

	@Test
	void unitBecomesActiveOnlyAfterReady() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("ready").argument("--sample.startup-delay=4s"));
		systemd.systemctlOrFail("start", "--no-block", sample.name());
		List<Map<String, String>> observed = new ArrayList<>();
		Map<String, String> active = systemd.awaitUnit(sample.name(), SystemdUserManager.START_TIMEOUT, (state) -> {
			observed.add(state);
			return state.get("ActiveState").equals("active") || state.get("ActiveState").equals("failed");
		}, "ActiveState", "StatusText", "MainPID");
		assertThat(active).containsEntry("ActiveState", "active");
		// While the process was up and reporting progress, systemd still held the unit in
		// activating.
		assertThat(observed).anySatisfy((state) -> {
			assertThat(state).containsEntry("ActiveState", "activating");
			assertThat(state.get("StatusText")).startsWith("Starting: ");
		});
		assertThat(active.get("StatusText")).as("READY=1 waits for no health check").startsWith("Started in ");
		// Health joins the status line when its first check, on a thread of its own,
		// answers.
		assertThat(systemd
			.awaitUnit(sample.name(), Duration.ofSeconds(30), (state) -> state.get("StatusText").contains("health"),
					"StatusText")
			.get("StatusText")).matches("Started in \\d+\\.\\d s, health UP");
		long mainPid = Long.parseLong(active.get("MainPID"));
		assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(mainPid), "exe")).getFileName())
			.hasToString("java");
		assertThat(sample.log())
			.contains("Service manager: systemd (SYSTEMD_EXEC_PID equals the process id " + mainPid + ")");
		assertThat(sample.get("/actuator/health")).isEqualTo(200);
	}

	@Test
	void killedMainProcessIsRestartedAndReadyAgain() throws Exception {
		SampleUnit sample = systemd
			.install(systemd.unit("restart").directive("Restart=on-failure").directive("RestartSec=1"));
		long firstPid = systemd.start(sample);
		new ProcessBuilder("kill", "-9", Long.toString(firstPid)).start().waitFor();
		Map<String, String> restarted = systemd.awaitUnit(sample.name(), SystemdUserManager.START_TIMEOUT,
				(state) -> state.get("NRestarts").equals("1") && state.get("ActiveState").equals("active"), "NRestarts",
				"ActiveState", "SubState", "MainPID", "StatusText");
		assertThat(Long.parseLong(restarted.get("MainPID"))).isNotEqualTo(firstPid);
		assertThat(restarted.get("StatusText")).startsWith("Started in ");
		assertThat(sample.results()).containsExactly("signal killed KILL");
		assertThat(sample.get("/actuator/health")).isEqualTo(200);
	}

	@Test
	void watchdogRestartsAFrozenProcess() throws Exception {
		SampleUnit sample = systemd.install(watchdogUnit("frozen"));
		long firstPid = systemd.start(sample);
		new ProcessBuilder("kill", "-STOP", Long.toString(firstPid)).start().waitFor();
		awaitRestart(sample, firstPid);
		assertThat(sample.log()).contains("Watchdog pings every 1500 ms");
		assertThat(sample.results()).singleElement().asString().startsWith("watchdog ");
	}

	@Test
	void watchdogRestartsAProcessWhoseLivenessBroke() throws Exception {
		SampleUnit sample = systemd.install(watchdogUnit("broken"));
		long firstPid = systemd.start(sample);
		assertThat(sample.post("/liveness/broken")).isEqualTo(200);
		awaitRestart(sample, firstPid);
		assertThat(sample.log()).contains("Watchdog pings withheld: liveness state is BROKEN");
		assertThat(sample.results()).singleElement().asString().startsWith("watchdog ");
	}

	@Test
	void stopIsOrderlyAndCountsAsSuccess() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("stop"));
		systemd.start(sample);
		systemd.systemctlOrFail("stop", sample.name());
		Map<String, String> stopped = systemd.show(sample.name(), "ActiveState", "Result");
		assertThat(stopped).containsEntry("ActiveState", "inactive").containsEntry("Result", "success");
		assertThat(sample.results()).singleElement().asString().startsWith("success ");
		String log = sample.log();
		assertThat(log).contains("told the service manager the service is stopping")
			.contains("Graceful shutdown complete");
		assertThat(log.indexOf("told the service manager the service is stopping"))
			.isLessThan(log.indexOf("Commencing graceful shutdown"));
	}

	private SampleUnit watchdogUnit(String name) throws Exception {
		return systemd.unit(name)
			.directive("WatchdogSec=3")
			.directive("TimeoutAbortSec=3")
			.directive("Restart=on-failure")
			.directive("RestartSec=1");
	}

	private void awaitRestart(SampleUnit sample, long firstPid) throws Exception {
		Map<String, String> restarted = systemd.awaitUnit(sample.name(), SystemdUserManager.START_TIMEOUT,
				(state) -> state.get("NRestarts").equals("1") && state.get("ActiveState").equals("active"), "NRestarts",
				"ActiveState", "MainPID");
		assertThat(Long.parseLong(restarted.get("MainPID"))).isNotEqualTo(firstPid);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sample.get("/actuator/health")).isEqualTo(200));
	}

}
