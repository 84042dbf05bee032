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

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.servicestarter.windows.WineServiceControlManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole sample app, a Spring Boot fat jar, as a service of Wine's real Service
 * Control Manager, with a complete Windows Java runtime: installed with its own
 * {@code service:install} from a path with spaces, as on Windows. What Wine cannot show
 * (a protected {@code services.exe}, {@code SHUTDOWN} and {@code PRESHUTDOWN}, recovery
 * actions, session 0) is covered by unit tests against a fake SCM and by the
 * {@code windows-latest} workflow.
 */
class WindowsServiceIT {

	private static final String JAR = "C:\\apps\\my apps\\sample app.jar";

	private static final Duration STATE_TIMEOUT = Duration.ofSeconds(120);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@RegisterExtension
	static final WineServiceControlManager wine = WineServiceControlManager.withCompleteJava();

	@BeforeAll
	static void copyTheJarToAPathWithSpaces() throws Exception {
		Path jar = wine.driveC("apps/my apps/sample app.jar");
		Files.createDirectories(jar.getParent());
		Files.copy(SampleUnit.jar(), jar);
	}

	@Test
	void threeOneStepInstallsInARowAllReachRunning() throws Exception {
		for (int run = 1; run <= 3; run++) {
			String name = "SampleRun" + run;
			String install = install(name, freePort());
			assertThat(install).as("install %d", run)
				.contains("The service " + name + " is RUNNING")
				.contains("--service.manager=windows");
			assertThat(wine.query(name)).containsEntry("STATE", "4");
			assertThat(log(name))
				.containsPattern("Connected to the Service Control Manager \\d+ ms after the process started");
			assertThat(uninstall(name)).contains("Stopped and deleted the service " + name);
		}
	}

	@Test
	void firstStopPendingCarriesTheConfiguredWaitHint() throws Exception {
		int port = freePort();
		install("SampleStop", port, "--service.shutdown.progress-timeout=17s");
		assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");
		String stop = wine.sc("stop", "SampleStop");
		assertThat(stop).containsPattern("STATE\\s+:\\s+3\\s+STOP_PENDING").containsPattern("WAIT_HINT\\s+:\\s+0x4268");
		Map<String, String> stopped = awaitState("SampleStop", "1");
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "0");
		wine.stopAndDelete("SampleStop");
	}

	@Test
	void actuatorShutdownEndsInStoppedAndNoJavaProcessIsLeft() throws Exception {
		int port = freePort();
		install("SampleShutdown", port, "--management.endpoints.web.exposure.include=health,shutdown",
				"--management.endpoint.shutdown.access=unrestricted");
		assertThat(post(port, "/actuator/shutdown")).contains("Shutting down");
		Map<String, String> stopped = awaitState("SampleShutdown", "1");
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "0");
		await("the service's java process to exit").atMost(STATE_TIMEOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !javaRunning("SampleShutdown"));
		wine.stopAndDelete("SampleShutdown");
	}

	@Test
	void springApplicationExitWithACodeIsReportedAsAServiceSpecificError() throws Exception {
		int port = freePort();
		install("SampleExit", port);
		assertThat(post(port, "/exit?code=3")).contains("\"exitCode\":3");
		Map<String, String> stopped = awaitState("SampleExit", "1");
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "1066").containsEntry("SERVICE_EXIT_CODE", "3");
		wine.stopAndDelete("SampleExit");
	}

	@Test
	void portInUseStopsWithTheBindErrorOnlyAfterTheContextClosed() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			install("SamplePortTaken", port, "--service.install.start=false");
			wine.sc("start", "SamplePortTaken");
			Map<String, String> stopped = awaitState("SamplePortTaken", "1");
			assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "1066").containsEntry("SERVICE_EXIT_CODE", "98");
		}
		String log = log("SamplePortTaken");
		assertThat(log).contains("APPLICATION FAILED TO START").contains("Reporting SERVICE_STOPPED");
		// Spring Boot prints the analysis after the failed refresh destroyed the beans
		// (the web server, the journal's lock) and before it closes the context; STOPPED
		// comes after both.
		assertThat(log.indexOf("Reporting SERVICE_STOPPED")).as("STOPPED after the failure was analysed")
			.isGreaterThan(log.indexOf("APPLICATION FAILED TO START"));
		wine.stopAndDelete("SamplePortTaken");
	}

	@Test
	void startThatHangsInTheRefreshEndsItselfAfterTheStartupTimeout() throws Exception {
		install("SampleHung", freePort(), "--service.install.start=false", "--sample.startup-hang=true",
				"--service.startup.timeout=25s");
		long started = System.nanoTime();
		wine.sc("start", "SampleHung");
		Map<String, String> stopped = awaitState("SampleHung", "1");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "1066").containsEntry("SERVICE_EXIT_CODE", "1460");
		assertThat(took).as("ended by its own start-up timeout").isLessThan(Duration.ofSeconds(25 + 20));
		System.out.println("A start hung in the refresh ended after " + took.toMillis() + " ms (timeout 25 s)");
		wine.stopAndDelete("SampleHung");
	}

	@Test
	void aStopThatHangsEndsStoppedWithErrorTimeoutAtItsDeadline() throws Exception {
		int port = freePort();
		install("SampleStopHang", port, "--sample.shutdown-hang=true", "--service.windows.stop-timeout=20s");
		assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");
		long stopping = System.nanoTime();
		wine.sc("stop", "SampleStopHang");
		Map<String, String> stopped = awaitState("SampleStopHang", "1");
		Duration took = Duration.ofNanos(System.nanoTime() - stopping);
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "1460");
		assertThat(took).as("ended by its stop deadline").isLessThan(Duration.ofSeconds(20 + 20));
		assertThat(log("SampleStopHang")).contains("The stop did not finish within its deadline (20 s");
		System.out.println("A stop hung in a destroy method ended after " + took.toMillis() + " ms (deadline 20 s)");
		wine.stopAndDelete("SampleStopHang");
	}

	@Test
	void aStopDuringAHungStartEndsStoppedWithoutAnError() throws Exception {
		// Wine runs no recovery actions (it keeps none), so that the stop is not
		// restarted shows only as the exit code: Windows restarts a service whose
		// SERVICE_STOPPED carries an error (SERVICE_FAILURE_ACTIONS_FLAG), which unit
		// tests against the fake SCM cover.
		install("SampleStopStarting", freePort(), "--service.install.start=false", "--sample.startup-hang=true",
				"--service.startup.timeout=90s");
		wine.sc("start", "SampleStopStarting");
		await("the hung start to reach the context refresh").atMost(STATE_TIMEOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> log("SampleStopStarting").contains("Connected to the Service Control Manager"));
		assertThat(wine.query("SampleStopStarting")).containsEntry("STATE", "2");
		// Spring cannot close a context whose refresh waits: the process exits, and
		// reports SERVICE_STOPPED on its way out.
		wine.sc("stop", "SampleStopStarting");
		Map<String, String> stopped = awaitState("SampleStopStarting", "1");
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "0").containsEntry("SERVICE_EXIT_CODE", "0");
		wine.stopAndDelete("SampleStopStarting");
	}

	@Test
	void withoutALogFileOfItsOwnTheServiceLogsIntoItsStateDirectoryRollingAsConfigured() throws Exception {
		int port = freePort();
		wine.cleanUp("SampleLog");
		String install = wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar", JAR,
				"service:install", "--service.name=SampleLog", "--server.port=" + port,
				"--service.install.startup-cache=false", "--logging.logback.rollingpolicy.max-file-size=64KB",
				"--service.install.jvm-options[0]=-verbose:class",
				"--service.install.jvm-options[1]=-XX:+PrintCompilation");
		assertThat(install).contains("The service SampleLog is RUNNING")
			.contains("Log: C:\\ProgramData\\SampleLog\\logs\\SampleLog.log");
		Path logs = wine.driveC("ProgramData/SampleLog/logs");
		assertThat(Files.readString(logs.resolve("SampleLog.log"))).contains("Started SampleApplication")
			.contains("Standard error goes to C:\\ProgramData\\SampleLog\\logs\\SampleLog.err.log, with the JVM's "
					+ "own output")
			.contains("The JVM's logging to stdout goes to C:\\ProgramData\\SampleLog\\logs\\SampleLog.jvm.log");
		for (int i = 0; i < 3; i++) {
			assertThat(post(port, "/log/large?kilobytes=40")).contains("\"length\"");
		}
		// Logback compresses the rolled file on a thread of its own.
		await("the log to roll at logging.logback.rollingpolicy.max-file-size").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				try (Stream<Path> files = Files.list(logs)) {
					return files.map((file) -> file.getFileName().toString())
						.anyMatch((file) -> file.startsWith("SampleLog.log.") && file.endsWith(".gz"));
				}
			});
		assertThat(wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar", JAR, "service:status",
				"--service.name=SampleLog"))
			.contains("Log: C:\\ProgramData\\SampleLog\\logs\\SampleLog.log");
		// What code prints to standard error, which a service has no console for, and the
		// JVM's crash reports.
		assertThat(post(port, "/log/stderr?text=printed-not-logged")).contains("printed-not-logged");
		assertThat(install).contains("-XX:ErrorFile=C:\\ProgramData\\SampleLog\\dumps\\hs_err_pid%p.log");
		await("standard error in its file").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Files.isRegularFile(logs.resolve("SampleLog.err.log"))
					&& Files.readString(logs.resolve("SampleLog.err.log")).contains("printed-not-logged"));
		// The JVM's own output: its tty (-XX:+PrintCompilation) by C runtime descriptor
		// into the same file, its console logging (-verbose:class) moved by VM.log into a
		// file it rotates. Not shown under Wine: the C runtime's stdout and stderr
		// streams (HotSpot's warning()) reopened by _wfreopen, which Microsoft documents
		// for redirecting them and Wine refuses for a stream that has no descriptor; the
		// service's log says which it did.
		assertThat(Files.readString(logs.resolve("SampleLog.err.log"))).containsPattern("::\\w+ \\(\\d+ bytes\\)");
		await("the JVM's console logging in its file").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Files.isRegularFile(logs.resolve("SampleLog.jvm.log"))
					&& Files.readString(logs.resolve("SampleLog.jvm.log")).contains("][class,load] "));
		wine.stopAndDelete("SampleLog");
	}

	@Test
	void outOfMemoryEndsTheProcessWithAHeapDumpAndTheNextStartCountsItWithItsReason() throws Exception {
		int port = freePort();
		// A % in an argument: %p cannot stand beside it in a binary path (the SCM would
		// expand the pair), so the fatal error report gets one fixed name.
		String install = install("SampleMemory", port, "--service.install.jvm-options=-Xmx64m", "--sample.note=100%");
		assertThat(install)
			.contains("-XX:+ExitOnOutOfMemoryError", "-XX:+HeapDumpOnOutOfMemoryError",
					"-XX:HeapDumpPath=C:\\ProgramData\\SampleMemory\\dumps",
					"-XX:ErrorFile=C:\\ProgramData\\SampleMemory\\dumps\\hs_err.log", "--sample.note=100%",
					"The command line holds a %, so the JVM's fatal error report is")
			.contains("The service SampleMemory is RUNNING");
		String pid = firstMatch(get(port, "/actuator/service"), "\"pid\":(\\d+)");
		try {
			post(port, "/memory/exhaust");
		}
		catch (IOException ex) {
			// The process ended before it answered.
		}
		// The process exits without reporting SERVICE_STOPPED. On Windows the SCM marks
		// the service stopped (event 7034) and runs the recovery actions install set
		// (SERVICE_CONFIG_FAILURE_ACTIONS, "Restart the service"). Wine 8's SCM does
		// neither: it keeps the service RUNNING, so the test restarts the SCM, as a
		// reboot would, and starts the service itself.
		Path dump = wine.driveC("ProgramData/SampleMemory/dumps/java_pid" + pid + ".hprof");
		await("the heap dump").atMost(STATE_TIMEOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Files.isRegularFile(dump));
		await("the service's java process to exit").atMost(STATE_TIMEOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !javaRunning("SampleMemory"));
		wine.restartServiceControlManager();
		wine.sc("start", "SampleMemory");
		awaitState("SampleMemory", "4");
		assertThat(get(port, "/actuator/prometheus")).contains("service_crashes_total{reason=\"out-of-memory\"} 1.0");
		assertThat(get(port, "/actuator/service")).contains("\"reason\":\"out-of-memory\"")
			.contains("java_pid" + pid + ".hprof");
		assertThat(log("SampleMemory"))
			.contains("How the previous run of this service ended: crash: the run of pid " + pid);
		wine.stopAndDelete("SampleMemory");
	}

	@Test
	void aSecretIsStoredWithDpapiReadByTheServiceAndShownNowhere() throws Exception {
		// Wine implements DPAPI (CryptProtectData) with a key of its own prefix; what it
		// cannot show is the ACL (it maps one to Unix modes): the state directory's
		// protected ACL, which secrets\ inherits (OICI entries), is checked against a
		// fake in WindowsServiceInstallerTests.
		String secret = "pä$$%w0rd-" + System.nanoTime() + " ${user.home} \\";
		Files.writeString(wine.driveC("secret-input.txt"), secret + "\r\n");
		int port = freePort();
		String install = install("SampleSecret", port,
				"--service.install.secret.sample.api-key=file:C:\\secret-input.txt");
		Files.delete(wine.driveC("secret-input.txt"));
		assertThat(install)
			.contains("Stored 1 secret(s), encrypted with DPAPI in C:\\ProgramData\\SampleSecret\\secrets: "
					+ "sample.api-key", "The service SampleSecret is RUNNING")
			.doesNotContain(secret);
		assertThat(get(port, "/secret")).isEqualTo(SampleUnit.secretDigest(secret));
		Path encrypted = wine.driveC("ProgramData/SampleSecret/secrets/sample.api-key");
		assertThat(Files.readAllBytes(encrypted)).isNotEmpty();
		assertThat(new String(Files.readAllBytes(encrypted), StandardCharsets.UTF_8)).doesNotContain("w0rd");
		assertThat(wine.sc("qc", "SampleSecret")).doesNotContain(secret);
		assertThat(service("service:secret", "SampleSecret", "list")).contains("sample.api-key").doesNotContain("w0rd");
		Files.writeString(wine.driveC("rotated-input.txt"), "rotated");
		assertThat(service("service:secret", "SampleSecret", "set", "sample.api-key", "file:C:\\rotated-input.txt"))
			.contains("Stored the secret sample.api-key.");
		assertThat(service("service:restart", "SampleSecret")).contains("The service SampleSecret is RUNNING");
		assertThat(get(port, "/secret")).isEqualTo(SampleUnit.secretDigest("rotated"));
		assertThat(uninstall("SampleSecret")).contains("with the restart journal, its secrets and its start-up cache");
		assertThat(wine.driveC("ProgramData/SampleSecret")).doesNotExist();
	}

	@Test
	void pauseStopsTheScheduledWorkWhileHttpAnswersAndContinueResumesItAndAPausedServiceStops() throws Exception {
		int port = freePort();
		install("SamplePause", port, "--management.endpoint.health.probes.enabled=true");
		await("the scheduled beats").atMost(STATE_TIMEOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> beats(port) > 2);
		long pausing = System.nanoTime();
		String pause = service("service:pause", "SamplePause");
		Duration paused = Duration.ofNanos(System.nanoTime() - pausing);
		assertThat(pause).contains("The service SamplePause is PAUSED");
		assertThat(wine.query("SamplePause")).containsEntry("STATE", "7");
		long beatsWhilePaused = beats(port);
		assertThat(get(port, "/heartbeat")).contains("\"schedulerRunning\":false");
		assertThat(get(port, "/actuator/health/readiness")).contains("OUT_OF_SERVICE");
		assertThat(get(port, "/actuator/service")).contains("\"state\":\"paused\"");
		assertThat(beats(port)).as("no beat while paused").isEqualTo(beatsWhilePaused);
		long continuing = System.nanoTime();
		String resume = service("service:continue", "SamplePause");
		Duration continued = Duration.ofNanos(System.nanoTime() - continuing);
		assertThat(resume).contains("The service SamplePause is RUNNING");
		assertThat(get(port, "/heartbeat")).contains("\"schedulerRunning\":true");
		await("the beats to go on").atMost(STATE_TIMEOUT)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> beats(port) > beatsWhilePaused);
		assertThat(get(port, "/actuator/health/readiness")).contains("\"status\":\"UP\"");
		assertThat(log("SamplePause")).contains("Paused in", "Continued in");
		service("service:pause", "SamplePause");
		long stopping = System.nanoTime();
		wine.sc("stop", "SamplePause");
		Map<String, String> stopped = awaitState("SamplePause", "1");
		Duration stop = Duration.ofNanos(System.nanoTime() - stopping);
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "0").containsEntry("SERVICE_EXIT_CODE", "0");
		String log = log("SamplePause");
		System.out.println("Pause: " + firstMatch(log, "Paused in (\\d+ ms)") + " in the application, "
				+ paused.toMillis() + " ms for service:pause (a JVM of its own included); continue: "
				+ firstMatch(log, "Continued in (\\d+ ms)") + " in the application, " + continued.toMillis()
				+ " ms for service:continue; a stop while paused: " + stop.toMillis() + " ms to STOPPED");
		wine.stopAndDelete("SamplePause");
	}

	@Test
	void theServiceRunsInItsJarsDirectoryWhereItsConfigurationIsAndRelativePathsLand() throws Exception {
		Path jar = wine.driveC("apps/work dir/sample app.jar");
		Files.createDirectories(jar.resolveSibling("config"));
		Files.copy(SampleUnit.jar(), jar, StandardCopyOption.REPLACE_EXISTING);
		// Read by the service only: the installer runs elsewhere, and its ./config/ is
		// another.
		Files.writeString(jar.resolveSibling("config/application.properties"),
				"sample.version=from-config-dir\nlogging.file.name=logs/relative.log\n");
		int port = freePort();
		wine.cleanUp("SampleWorkDir");
		String install = wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar",
				"C:\\apps\\work dir\\sample app.jar", "service:install", "--service.name=SampleWorkDir",
				"--service.install.startup-cache=false", "--server.port=" + port);
		assertThat(install).contains("The service SampleWorkDir is RUNNING").contains("-Duser.dir=C:\\apps\\work dir");
		assertThat(get(port, "/version")).contains("from-config-dir");
		assertThat(Files.readString(jar.resolveSibling("logs/relative.log"))).contains("Started SampleApplication");
		assertThat(wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar",
				"C:\\apps\\work dir\\sample app.jar", "service:uninstall", "--service.name=SampleWorkDir"))
			.contains("Stopped and deleted the service SampleWorkDir");
	}

	@Test
	void anApplicationWhoseWorkEndsExitsAndReportsStoppedAsFromAConsoleItWouldExit() throws Exception {
		install("SampleWorkEnds", freePort(), "--service.install.start=false",
				"--spring.main.web-application-type=none", "--sample.heartbeat=false");
		wine.sc("start", "SampleWorkEnds");
		Map<String, String> stopped = awaitState("SampleWorkEnds", "1");
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "0").containsEntry("SERVICE_EXIT_CODE", "0");
		assertThat(log("SampleWorkEnds")).contains("Started SampleApplication", "Reporting SERVICE_STOPPED");
		wine.stopAndDelete("SampleWorkEnds");
	}

	@Test
	void aForcedReinstallChangesTheRegistrationInPlaceAndRunsTheNewCommandLine() throws Exception {
		int first = freePort();
		install("SampleForce", first);
		assertThat(get(first, "/actuator/health")).contains("\"status\":\"UP\"");
		int second = freePort();
		String reinstall = wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar", JAR,
				"service:install", "--service.name=SampleForce", "--server.port=" + second,
				"--logging.file.name=C:\\logs\\SampleForce.log", "--service.install.force=true",
				"--service.install.startup-cache=false");
		assertThat(reinstall).contains("The service SampleForce is RUNNING");
		assertThat(wine.run("wine64", "reg", "query", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\SampleForce", "/v",
				"ImagePath"))
			.contains("--server.port=" + second);
		assertThat(get(second, "/actuator/health")).contains("\"status\":\"UP\"");
		wine.stopAndDelete("SampleForce");
	}

	@Test
	void installWithAnInvalidValueIsRefusedAndRegistersNothing() throws Exception {
		String install = wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar", JAR,
				"service:install", "--service.name=SampleInvalid", "--service.startup.progress-timeout=banana");
		assertThat(install).contains("Invalid setting service.startup.progress-timeout=banana")
			.contains("Nothing was installed");
		assertThat(wine.query("SampleInvalid")).as("no such service").doesNotContainKey("STATE");
		assertThat(wine.run("wine64", "reg", "query", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\SampleInvalid"))
			.doesNotContain("ImagePath");
	}

	@Test
	void installFromADirectoryEveryUserCanWriteIsRefused() throws Exception {
		// Wine reports a directory of Unix mode 0777 with an entry giving Everyone
		// modify, as Windows reports a folder made in the root of the system drive with
		// one for Authenticated Users; unit tests read Windows' own descriptors.
		Path shared = wine.driveC("shared/app.jar");
		Files.createDirectories(shared.getParent());
		Files.copy(SampleUnit.jar(), shared);
		Files.setPosixFilePermissions(shared.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
		String install = wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar",
				"C:\\shared\\app.jar", "service:install", "--service.name=SampleShared");
		assertThat(install).contains("Refused: others than root and the service's own user can change the code")
			.contains("C:\\shared (the jar's directory) can be changed by S-1-1-0")
			.contains("Nothing was installed or changed");
		assertThat(wine.query("SampleShared")).as("no such service").doesNotContainKey("STATE");
	}

	@Test
	void theServiceStartsFromItsStartupCacheAndAJarReplacedByHandRunsItselfNeverTheStaleClasses() throws Exception {
		Path jar = wine.driveC("apps/cached/sample app.jar");
		Files.createDirectories(jar.getParent());
		Files.copy(SampleUnit.jar(), jar, StandardCopyOption.REPLACE_EXISTING);
		int port = freePort();
		wine.cleanUp("SampleCache");
		String install = wine.run(Duration.ofMinutes(10), "wine64", "C:\\jre17\\bin\\java.exe", "-jar",
				"C:\\apps\\cached\\sample app.jar", "service:install", "--service.name=SampleCache",
				"--server.port=" + port, "--service.install.jvm-options=-verbose:class");
		assertThat(install).contains("Startup cache: made in", "(application.jsa,",
				"-XX:SharedArchiveFile=C:\\ProgramData\\SampleCache\\startup-cache\\application.jsa",
				"io.github.servicestarter.launch.StartupCacheLauncher", "The service SampleCache is RUNNING");
		assertThat(get(port, "/actuator/service")).contains("\"startupCache\":{\"state\":\"used\"}");
		// The JVM's own word: the application's classes came from the archive (a class
		// loaded after the starter moved the JVM's console logging into the file).
		Path jvmLog = wine.driveC("ProgramData/SampleCache/logs/SampleCache.jvm.log");
		assertThat(Files.readString(jvmLog))
			.contains("io.github.servicestarter.sample.SampleController source: shared objects file");
		assertThat(wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar",
				"C:\\apps\\cached\\sample app.jar", "service:status", "--service.name=SampleCache"))
			.contains("Startup cache: made for this jar and JVM (application.jsa)");

		wine.sc("stop", "SampleCache");
		awaitState("SampleCache", "1");
		SampleJars.withProperties(jar, "sample.version=2\n");
		wine.sc("start", "SampleCache");
		awaitState("SampleCache", "4");
		assertThat(get(port, "/version")).as("the new jar's classes and resources").isEqualTo("{\"version\":\"2\"}");
		assertThat(get(port, "/actuator/service"))
			.contains("\"startupCache\":{\"state\":\"off\",\"reason\":\"the jar changed "
					+ "since the cache was made; service:restart, run as an administrator, makes it anew\"}");
		assertThat(Files.readString(jvmLog)).as("the class came from the new jar")
			.contains("io.github.servicestarter.sample.SampleController source: jar:nested:");
		assertThat(wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar",
				"C:\\apps\\cached\\sample app.jar", "service:status", "--service.name=SampleCache"))
			.contains("Startup cache: stale (the jar changed since the cache was made; service:restart makes it anew)");
		// Making it anew with service:restart is the install's code again, shown by unit
		// tests: a second training run under Wine would take minutes more.
		assertThat(wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar",
				"C:\\apps\\cached\\sample app.jar", "service:uninstall", "--service.name=SampleCache"))
			.contains("its start-up cache");
		assertThat(wine.driveC("ProgramData/SampleCache/startup-cache")).doesNotExist();
	}

	@Test
	void uninstallLeavesNothingButWhatItReports() throws Exception {
		install("SampleGone", freePort());
		Path stateDirectory = wine.driveC("ProgramData/SampleGone");
		assertThat(stateDirectory.resolve("restart-journal.properties")).exists();
		try (Stream<Path> unpacked = Files.walk(stateDirectory.resolve("jna"))) {
			assertThat(unpacked.map((file) -> file.getFileName().toString()))
				.as("JNA unpacked its library here, " + "not in the temporary directory")
				.anyMatch((file) -> file.startsWith("jna") && file.endsWith(".dll"));
		}
		String uninstall = uninstall("SampleGone");
		assertThat(uninstall).contains("Stopped and deleted the service SampleGone",
				"Removed its event source SampleGone from the Application event log",
				"Removed its state directory C:\\ProgramData\\SampleGone with the restart journal");
		assertThat(wine.query("SampleGone")).as("no such service").doesNotContainKey("STATE");
		assertThat(stateDirectory).doesNotExist();
		assertThat(wine.run("wine64", "reg", "query",
				"HKLM\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\SampleGone"))
			.doesNotContain("EventMessageFile");
	}

	private static String install(String name, int port, String... arguments) throws Exception {
		wine.cleanUp(name);
		// The start-up cache has a test of its own: making it takes minutes under Wine.
		List<String> command = new ArrayList<>(List.of("wine64", "C:\\jre17\\bin\\java.exe", "-jar", JAR,
				"service:install", "--service.name=" + name, "--server.port=" + port,
				"--logging.file.name=C:\\logs\\" + name + ".log", "--service.install.startup-cache=false"));
		command.addAll(List.of(arguments));
		String output = wine.run(Duration.ofMinutes(3), command.toArray(String[]::new));
		assertThat(output).contains("Installed the service " + name);
		return output;
	}

	private static String service(String command, String name, String... operands) throws Exception {
		List<String> line = new ArrayList<>(List.of("wine64", "C:\\jre17\\bin\\java.exe", "-jar", JAR, command));
		line.addAll(List.of(operands));
		line.add("--service.name=" + name);
		return wine.run(Duration.ofMinutes(3), line.toArray(String[]::new));
	}

	private static String firstMatch(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? matcher.group(1) : "?";
	}

	private static long beats(int port) throws Exception {
		String heartbeat = get(port, "/heartbeat");
		Matcher beats = Pattern.compile("\"beats\":(\\d+)").matcher(heartbeat);
		assertThat(beats.find()).as(heartbeat).isTrue();
		return Long.parseLong(beats.group(1));
	}

	private static String uninstall(String name) throws Exception {
		return wine.run(Duration.ofMinutes(3), "wine64", "C:\\jre17\\bin\\java.exe", "-jar", JAR, "service:uninstall",
				"--service.name=" + name);
	}

	private static String log(String name) throws Exception {
		Path log = wine.driveC("logs/" + name + ".log");
		return Files.exists(log) ? Files.readString(log) : "";
	}

	private static Map<String, String> awaitState(String name, String state) {
		List<Map<String, String>> seen = new ArrayList<>();
		await(name + " to reach state " + state).atMost(STATE_TIMEOUT)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				Map<String, String> fields = wine.query(name);
				seen.add(fields);
				return state.equals(fields.get("STATE"));
			});
		return seen.get(seen.size() - 1);
	}

	private static boolean javaRunning(String service) throws Exception {
		return wine.run("ps", "-eo", "args")
			.lines()
			.anyMatch((line) -> line.contains("java.exe") && line.contains("--service.name=" + service));
	}

	private static String get(int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String post(int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
