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

package io.github.servicestarter.windows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter's Windows core as a service of Wine's real Service Control Manager, driven
 * with {@code sc}: status sequence with checkpoints, the stop path, a failing start, and
 * the resource reader inside the service.
 */
class WineScmIT {

	private static final int START_PENDING = 2;

	private static final int STOP_PENDING = 3;

	private static final int RUNNING = 4;

	private static final int STOPPED = 1;

	private static final String EVENT_SOURCE = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\StarterInstalled";

	@RegisterExtension
	static final WineServiceControlManager wine = new WineServiceControlManager();

	@Test
	void startReportsStartPendingWithGrowingCheckpointsThenRunning() throws Exception {
		Path log = wine.createHarnessService("StarterSvc", 4, 3, false);
		wine.sc("start", "StarterSvc");
		List<Map<String, String>> seen = pollUntil("StarterSvc", RUNNING);
		List<Integer> checkpoints = seen.stream()
			.filter((status) -> state(status) == START_PENDING)
			.map((status) -> Integer.decode(status.get("CHECKPOINT")))
			.distinct()
			.toList();
		assertThat(checkpoints).as("START_PENDING checkpoints").hasSizeGreaterThanOrEqualTo(3).isSorted();
		assertThat(seen).allSatisfy((status) -> assertThat(state(status)).isIn(START_PENDING, RUNNING));
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("running"));
		String harness = Files.readString(log);
		assertThat(harness).contains("detected parent process is services.exe")
			.containsIgnoringCase("process list names the parent services.exe");
		Matcher resources = Pattern.compile("resident=([0-9.E]+) threads=([0-9.]+)").matcher(harness);
		assertThat(resources.find()).as(harness).isTrue();
		assertThat(Double.parseDouble(resources.group(1))).as("working set").isGreaterThan(10_000_000);
		assertThat(Double.parseDouble(resources.group(2))).as("threads").isGreaterThan(1);
	}

	@Test
	void stopReportsStopPendingWithGrowingCheckpointsThenStoppedWithExitZero() throws Exception {
		Path log = wine.createHarnessService("StarterStop", 1, 3, false);
		wine.sc("start", "StarterStop");
		pollUntil("StarterStop", RUNNING);
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("running"));
		wine.sc("stop", "StarterStop");
		List<Map<String, String>> seen = pollUntil("StarterStop", STOPPED);
		List<Integer> checkpoints = seen.stream()
			.filter((status) -> state(status) == STOP_PENDING)
			.map((status) -> Integer.decode(status.get("CHECKPOINT")))
			.distinct()
			.toList();
		assertThat(checkpoints).as("STOP_PENDING checkpoints").hasSizeGreaterThanOrEqualTo(2).isSorted();
		Map<String, String> stopped = seen.get(seen.size() - 1);
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "0").containsEntry("SERVICE_EXIT_CODE", "0");
		assertThat(Files.readString(log)).contains("stop requested").contains("stopped");
	}

	@Test
	void failingStartStopsWithServiceSpecificError() throws Exception {
		Path failing = wine.createHarnessService("StarterFail", 1, 0, true);
		wine.sc("start", "StarterFail");
		List<Map<String, String>> seen = pollUntil("StarterFail", STOPPED);
		assertThat(seen.get(seen.size() - 1)).containsEntry("WIN32_EXIT_CODE", "1066")
			.containsEntry("SERVICE_EXIT_CODE", Integer.toString(WindowsService.STARTUP_FAILURE_EXIT_CODE));
		// The stopped event is written after SERVICE_STOPPED is reported, which the poll
		// saw.
		String stoppedEvent = "event " + EventLoggingNotifier.STOPPED + " written: true";
		await(stoppedEvent).atMost(Duration.ofSeconds(10))
			.until(() -> Files.readString(failing).contains(stoppedEvent));
		assertThat(Files.readString(failing)).contains("start-up failed")
			.contains("event " + EventLoggingNotifier.START_FAILED + " written: true");
	}

	@Test
	void aServiceTheStarterDidNotRegisterIsLeftAlone() throws Exception {
		String harness = "io.github.servicestarter.cli.WineInstallerHarness";
		wine.sc("create", "StarterForeign", "binPath=", "C:\\windows\\system32\\cmd.exe");
		try {
			assertThat(wine.java(harness, "uninstall", "StarterForeign", "C:\\ProgramData\\StarterForeign"))
				.contains("was not registered by the service starter")
				.contains("exit=7");
			assertThat(wine.java(harness, "describe", "StarterForeign"))
				.contains("binaryPath=C:\\windows\\system32\\cmd.exe");
		}
		finally {
			wine.sc("delete", "StarterForeign");
		}
	}

	@Test
	void installerRegistersTheConfigurationAndUninstallRemovesIt() throws Exception {
		String harness = "io.github.servicestarter.cli.WineInstallerHarness";
		Path installedLog = wine.logs().resolve("StarterInstalled.log");
		String state = "C:\\ProgramData\\StarterInstalled";
		String[] install = { "install", "StarterInstalled", state, "C:\\jre17\\bin\\java.exe", "-cp", wine.classpath(),
				WineServiceHarness.class.getName(), "StarterInstalled",
				WineServiceControlManager.windowsPath(installedLog), "1", "1", "--service.name=StarterInstalled" };
		String installed = wine.java(harness, install);
		assertThat(installed).contains("Installed the service StarterInstalled").contains("exit=0");
		// Wine's SCM knows neither delayed automatic start nor the non-crash failure flag
		// (ChangeServiceConfig2W levels 3 and 4); Windows has both.
		assertThat(installed).contains("does not support the delayed automatic start setting")
			.contains("does not support the failure actions on non-crash failures setting");
		// The state directory's ACL as the Windows API reports it. What Wine cannot show:
		// it maps an ACL to Unix modes, so it keeps neither the Administrators owner nor
		// the service SID's entry (unit tests check the descriptor written); it does show
		// that no entry is left for Everyone, Users or Authenticated Users, which
		// ProgramData would otherwise pass on.
		String security = wine.java(harness, "security", "StarterInstalled", state);
		System.out.println("State directory ACL read back from Wine: " + security.strip());
		assertThat(security).contains("SecurityDescriptor[owner=")
			.contains("sid=S-1-5-18]")
			.doesNotContain("sid=S-1-1-0]", "sid=S-1-5-32-545]", "sid=S-1-5-11]");
		String registration = wine.java(harness, "describe", "StarterInstalled");
		String registry = wine.run("wine64", "reg", "query",
				"HKLM\\System\\CurrentControlSet\\Services\\StarterInstalled");
		System.out.println("Registry: " + registry);
		// Wine accepts failure actions but keeps none (no FailureActions value); Windows
		// keeps them.
		assertThat(registry).contains("ObjectName    REG_SZ    NT AUTHORITY\\LocalService")
			.contains("PreshutdownTimeout    REG_DWORD    0xafc8");
		assertThat(registration).contains("binaryPath=C:\\jre17\\bin\\java.exe -cp ")
			.contains("startType=2")
			.contains("account=NT AUTHORITY\\LocalService")
			.contains("displayName=StarterInstalled display")
			.contains("description=Installed by the harness")

			.contains("failureActionsOnNonCrashFailures=false")
			.contains("delayedAutoStart=false")
			.contains("preshutdownTimeout=PT45S");
		System.out.println("Registration read back from Wine's SCM: " + registration.strip());

		assertThat(wine.run("wine64", "reg", "query", EVENT_SOURCE)).contains("EventMessageFile")
			.contains("TypesSupported");
		assertThat(wine.java(harness, install)).contains("already installed").contains("exit=5");
		wine.sc("start", "StarterInstalled");
		pollUntil("StarterInstalled", RUNNING);
		assertThat(wine.java(harness, "uninstall", "StarterInstalled", state)).contains("exit=0");
		assertThat(Files.readString(installedLog)).contains("stop requested").contains("stopped");
		assertThat(wine.java(harness, "describe", "StarterInstalled")).contains("not installed");
		assertThat(wine.run("wine64", "reg", "query", "HKLM\\System\\CurrentControlSet\\Services\\StarterInstalled"))
			.doesNotContain("ImagePath");
		assertThat(wine.run("wine64", "reg", "query", EVENT_SOURCE)).doesNotContain("EventMessageFile");
	}

	private static List<Map<String, String>> pollUntil(String service, int state) {
		List<Map<String, String>> seen = new ArrayList<>();
		await(service + " to reach state " + state).atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				Map<String, String> status = wine.query(service);
				seen.add(status);
				return state(status) == state;
			});
		return seen;
	}

	private static int state(Map<String, String> status) {
		return Integer.parseInt(status.getOrDefault("STATE", "0"));
	}

}
