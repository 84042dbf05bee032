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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample fat jar as users run it: installed as root with {@code service:install} (the
 * default generated unit: {@code DynamicUser=yes}, sandboxing, watchdog) on a booted
 * Debian whose PID 1 is systemd, with journald and dbus-daemon: Debian 12 (systemd 252,
 * OpenJDK 17), and in the build's second run Debian 13 (systemd 257, OpenJDK 25). Each
 * test boots a clean system.
 */
class SystemdSystemIT {

	private static final String UNIT = "sample-app.service";

	private static final int PORT = 8080;

	/** An unprivileged user: nobody, whose group on Debian is nogroup. */
	private static final String NOBODY = "65534";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	@RegisterExtension
	static final BootedDebian debian = new BootedDebian();

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void installedServiceRunsAsItsDynamicUserWithAStatusLine() {
		install();
		Map<String, String> unit = debian.awaitUnit(UNIT, Duration.ofSeconds(30),
				(state) -> state.get("StatusText").contains("health"), "ActiveState", "StatusText", "MainPID");
		assertThat(unit).containsEntry("ActiveState", "active");
		assertThat(unit.get("StatusText")).matches("Started in \\d+\\.\\d s, health UP");
		String user = debian.execOrFail("ps", "-o", "user:32=,uid=", "-p", unit.get("MainPID")).strip();
		assertThat(user).as("the dynamic user systemd made for the unit").matches("sample-app\\s+6\\d{4}");
		assertThat(debian.get(PORT, "/actuator/health")).contains("\"status\":\"UP\"");
		assertThat(debian.get(PORT, "/actuator/service")).contains("\"manager\":\"systemd\"")
			.contains("\"unit\":\"" + UNIT + "\"");
		assertThat(debian.get(PORT, "/actuator/prometheus"))
			.contains("service_info{manager=\"systemd\",name=\"sample-app\"} 1");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void restartsCountOnlyWhatSystemdRestartedAutomatically() {
		install();
		String firstPid = debian.show(UNIT, "MainPID").get("MainPID");
		crashAndAwaitRestart();
		crashAndAwaitRestart();
		String before = debian.show(UNIT, "MainPID").get("MainPID");
		debian.execOrFail("systemctl", "restart", UNIT);
		assertThat(debian.show(UNIT, "MainPID").get("MainPID")).isNotEqualTo(before);
		String scrape = debian.get(PORT, "/actuator/prometheus");
		assertThat(scrape).contains("service_restarts_total{source=\"journal\"} 2.0")
			.contains("service_crashes_total{reason=\"signal\"} 2.0")
			.contains("service_crashes_total{reason=\"unknown\"} 0.0")
			.contains("service_starts_total 4.0");
		// Only the journal's own line for each crash; nothing about asking systemd for
		// NRestarts.
		assertThat(debian.journal("-u", UNIT)).doesNotContain("NRestarts")
			.doesNotContain("SystemdUnit")
			.containsOnlyOnce("crash: the run of pid " + firstPid + " started at ")
			.contains("ended without a clean stop: signal (systemd: signal, killed KILL); counted as a crash and an "
					+ "automatic restart");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void automaticRestartsBackOffWhereSystemdCan() {
		assumeTrue(BootedDebian.RELEASE.systemd() >= 254, "systemd " + BootedDebian.RELEASE.systemd()
				+ " has no RestartSteps=: the unit keeps a fixed delay and documents systemctl reset-failed");
		install();
		assertThat(debian.show(UNIT, "RestartSteps", "RestartMaxDelayUSec", "StartLimitBurst"))
			.containsEntry("RestartSteps", "5")
			.containsEntry("RestartMaxDelayUSec", "1min")
			.containsEntry("StartLimitBurst", "10");
		crashAndAwaitRestart();
		crashAndAwaitRestart();
		// The delay before the next automatic restart has grown from RestartSec=5.
		String next = debian.show(UNIT, "RestartUSecNext").get("RestartUSecNext");
		assertThat(next).as("RestartUSecNext").isNotEqualTo("5s").matches("\\d+\\.?\\d*s|1min");
	}

	@Test
	void noNotificationIsRefusedOverAWholeInstallRunAndStop() {
		install();
		debian.execOrFail("systemctl", "reload", UNIT);
		debian.execOrFail("systemctl", "stop", UNIT);
		String journal = debian.journal("-b");
		assertThat(journal).contains("Stopped " + UNIT).doesNotContain("Got notification message from PID");
	}

	@Test
	void childProcessesOfTheAppSeeNoneOfTheNotifyVariables() {
		install();
		// The sample runs env(1) with ProcessBuilder, as any library would: it inherits
		// the C environment.
		String child = debian.get(PORT, "/child/environment");
		assertThat(child).contains("\"PATH\"").doesNotContain("NOTIFY_SOCKET").doesNotContain("WATCHDOG_");
		assertThat(debian.get(PORT, "/actuator/service")).contains("\"watchdog\":{\"enabled\":true");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void brokenLivenessEndsInAWatchdogTimeoutAndARestart() {
		install("--service.install.watchdog=4s");
		assertThat(debian.post(PORT, "/liveness/broken").exitCode()).isZero();
		debian.awaitUnit(UNIT, START_TIMEOUT,
				(state) -> state.get("NRestarts").equals("1") && state.get("ActiveState").equals("active"), "NRestarts",
				"ActiveState");
		assertThat(debian.journal("-u", UNIT)).contains("Watchdog pings withheld: liveness state is BROKEN")
			.contains(UNIT + ": Watchdog timeout");
		assertThat(awaitScrape()).contains("service_crashes_total{reason=\"watchdog\"} 1.0");
		assertThat(awaitBody("/actuator/service")).contains("\"reason\":\"watchdog\"")
			.contains("\"exitStatus\":\"watchdog, ");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void outOfMemoryEndsTheProcessLeavesAHeapDumpAndIsCountedWithItsReason() {
		install("--service.install.jvm-options=-Xmx64m");
		String pid = debian.show(UNIT, "MainPID").get("MainPID");
		debian.post(PORT, "/memory/exhaust");
		debian.awaitUnit(UNIT, START_TIMEOUT,
				(state) -> state.get("NRestarts").equals("1") && state.get("ActiveState").equals("active"), "NRestarts",
				"ActiveState");
		String dump = "/var/lib/private/sample-app/dumps/java_pid" + pid + ".hprof";
		assertThat(debian.path(dump)).as(() -> debian.journal("-u", UNIT)).isRegularFile();
		assertThat(awaitScrape()).contains("service_crashes_total{reason=\"out-of-memory\"} 1.0");
		assertThat(awaitBody("/actuator/service")).contains("\"reason\":\"out-of-memory\"")
			.contains("\"exitStatus\":\"exit-code, exited 3\"")
			.contains("\"evidence\":[\"java_pid" + pid + ".hprof\"]");
		assertThat(debian.journal("-u", UNIT))
			.contains("Terminating due to java.lang.OutOfMemoryError: Java heap space")
			.contains("How the previous run of this service ended: crash: the run of pid " + pid);
	}

	@Test
	void aDependencyDownForLongerThanTheGraceRestartsNothingAndTheStatusLineSaysSo() {
		// The watchdog follows Spring Boot's liveness group, not the overall health a
		// database outage brings down: an outage must not turn into a restart loop.
		install("--service.install.watchdog=4s", "--service.watchdog.health-grace=2s");
		String pid = debian.show(UNIT, "MainPID").get("MainPID");
		assertThat(debian.post(PORT, "/database?up=false").exitCode()).isZero();
		debian.awaitUnit(UNIT, START_TIMEOUT, (state) -> state.get("StatusText").contains("health DOWN"), "StatusText");
		long pings = watchdogPings();
		// Six more pings, one every 2 s: past the grace and past a whole watchdog timeout
		// after it.
		await("pings to go on through the outage").atMost(START_TIMEOUT)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> watchdogPings() >= pings + 6);
		assertThat(debian.show(UNIT, "NRestarts", "MainPID", "ActiveState", "StatusText"))
			.containsEntry("NRestarts", "0")
			.containsEntry("MainPID", pid)
			.containsEntry("ActiveState", "active")
			.hasEntrySatisfying("StatusText", (status) -> assertThat(status).contains("health DOWN"));
		assertThat(debian.get(PORT, "/actuator/health")).contains("\"status\":\"DOWN\"");
		assertThat(debian.journal("-u", UNIT)).doesNotContain("Watchdog pings withheld");
	}

	@Test
	void cpuPressureRisesWhenMoreThreadsThanCoresAreBusy() {
		// The container's cgroup v2 tree has no controllers here (the host binds them to
		// v1), but every cgroup has its pressure files.
		install();
		double before = stalled(awaitScrape(), "cpu", "some");
		int threads = 4 * Runtime.getRuntime().availableProcessors();
		assertThat(debian.post(PORT, "/cpu/busy?threads=" + threads + "&millis=3000").exitCode()).isZero();
		await("the busy threads to wait for one another").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> stalled(awaitScrape(), "cpu", "some") >= before + 1.0);
		assertThat(awaitScrape()).contains("service_pressure_stalled_seconds_total{kind=\"full\",resource=\"memory\"}")
			.contains("service_pressure_stalled_seconds_total{kind=\"some\",resource=\"io\"}");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void memoryPressureIsWatchedWhereSystemdAsksForIt() {
		install();
		String pid = debian.show(UNIT, "MainPID").get("MainPID");
		// Linux names a thread by the first 15 characters of the JVM's name for it.
		String threads = debian.execOrFail("sh", "-c", "cat /proc/" + pid + "/task/*/comm");
		String journal = debian.journal("-u", UNIT);
		if (BootedDebian.RELEASE.systemd() >= 254) {
			// systemd's default trigger, accepted by the kernel from the service's
			// dynamic user.
			assertThat(journal).contains("Watching memory pressure: "
					+ "/sys/fs/cgroup/system.slice/sample-app.service/memory.pressure (some 200000 2000000)");
			assertThat(threads).contains("service-memory-");
			assertThat(awaitScrape()).contains("service_memory_pressure_total 0.0");
		}
		else {
			assertThat(journal).doesNotContain("memory pressure");
			assertThat(threads).doesNotContain("service-memory-");
			assertThat(awaitScrape()).doesNotContain("service_memory_pressure");
		}
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void aSecretGivenOnStandardInputReachesTheApplicationAndNothingElse() throws Exception {
		String secret = "pä$$%w0rd-" + System.nanoTime() + " ${user.home} \\";
		BootedDebian.Result install = debian.appWithInput(secret + "\n", "service:install", "--server.port=" + PORT,
				"--service.install.secret.sample.api-key=stdin",
				"--management.endpoints.web.exposure.include=health,env,service",
				"--management.endpoint.env.show-values=always");
		assertThat(install.exitCode()).as(install.output()).isZero();
		assertThat(install.output())
			.contains("Stored 1 secret(s), encrypted with systemd-creds in "
					+ "/etc/credstore.encrypted/sample-app: sample.api-key")
			.doesNotContain(secret);
		assertThat(awaitBody("/secret")).isEqualTo(SampleUnit.secretDigest(secret));
		// Nowhere else: not in the units, systemd's view, the processes, the journal or
		// Actuator.
		assertThat(debian.exec("grep", "-rlF", secret, "/etc/systemd/system", "/etc/credstore.encrypted").exitCode())
			.as("grep finds nothing")
			.isEqualTo(1);
		assertThat(debian.execOrFail("systemctl", "show", UNIT)).doesNotContain(secret);
		assertThat(debian.execOrFail("systemctl", "cat", UNIT)).doesNotContain(secret)
			.contains("LoadCredentialEncrypted=sample.api-key:/etc/credstore.encrypted/sample-app/sample.api-key");
		assertThat(debian.execOrFail("ps", "-eo", "args")).doesNotContain(secret);
		assertThat(debian.journal("-b")).doesNotContain(secret);
		assertThat(debian.get(PORT, "/actuator/env/sample.api-key")).contains("\"serviceSecrets\"")
			.contains("******")
			.doesNotContain(secret);
		// Another unit's dynamic user can read neither the encrypted file nor the
		// decrypted one.
		String pid = debian.show(UNIT, "MainPID").get("MainPID");
		for (String file : new String[] { "/etc/credstore.encrypted/sample-app/sample.api-key",
				"/run/credentials/" + UNIT + "/sample.api-key" }) {
			BootedDebian.Result other = debian.exec("systemd-run", "--wait", "--pipe", "--quiet", "-p",
					"DynamicUser=yes", "cat", file);
			assertThat(other.exitCode()).as(other.output()).isNotZero();
			assertThat(other.output()).contains("Permission denied").doesNotContain(secret);
		}
		// Rotation: set a new value, restart, the application reads the new one.
		String rotated = "rotated-" + System.nanoTime();
		BootedDebian.Result set = debian.appWithInput(rotated, "service:secret", "set", "sample.api-key");
		assertThat(set.exitCode()).as(set.output()).isZero();
		assertThat(debian.app("service:secret", "list").output()).contains("sample.api-key").doesNotContain(rotated);
		debian.execOrFail("systemctl", "restart", UNIT);
		assertThat(debian.show(UNIT, "MainPID").get("MainPID")).isNotEqualTo(pid);
		assertThat(awaitBody("/secret")).isEqualTo(SampleUnit.secretDigest(rotated));
		BootedDebian.Result uninstall = debian.app("service:uninstall");
		assertThat(uninstall.exitCode()).as(uninstall.output()).isZero();
		assertThat(uninstall.output()).contains("Removed its 1 secret(s) from /etc/credstore.encrypted/sample-app");
		assertThat(debian.path("/etc/credstore.encrypted/sample-app")).doesNotExist();
		assertThat(debian.path("/etc/systemd/system/sample-app.service.d")).doesNotExist();
	}

	@Test
	void healthSlowerThanThePingIntervalNeitherKillsTheServiceNorHoldsUpItsStop() {
		// Each health check takes 5 s, more than the whole 4 s watchdog timeout.
		install("--service.install.watchdog=4s", "--sample.health-delay=5s");
		String pid = debian.show(UNIT, "MainPID").get("MainPID");
		await("pings to go on through slow health checks for several watchdog timeouts").atMost(START_TIMEOUT)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> watchdogPings() >= 8);
		assertThat(debian.show(UNIT, "NRestarts", "MainPID", "ActiveState")).containsEntry("NRestarts", "0")
			.containsEntry("MainPID", pid)
			.containsEntry("ActiveState", "active");
		// With a health check of a minute in flight, the stop must not wait for it.
		debian.execOrFail("sh", "-c", "curl -s --max-time 90 localhost:" + PORT + "/actuator/health >/dev/null &");
		long stopStarted = System.nanoTime();
		debian.execOrFail("systemctl", "stop", UNIT);
		Duration stop = Duration.ofNanos(System.nanoTime() - stopStarted);
		assertThat(stop).as("stop with slow health checks in flight").isLessThan(Duration.ofSeconds(30));
		assertThat(debian.show(UNIT, "Result")).containsEntry("Result", "success");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void reloadGoesThroughReloadingAndReportsReadyAgain() {
		install();
		debian.execOrFail("systemctl", "reload", UNIT);
		assertThat(debian.show(UNIT, "ActiveState", "StatusText")).containsEntry("ActiveState", "active")
			.hasEntrySatisfying("StatusText", (status) -> assertThat(status).startsWith("Reloaded in "));
		assertThat(debian.journal("-u", UNIT)).contains("Reloading " + UNIT).contains("Reloaded " + UNIT);
	}

	@Test
	void stopIsASuccessAndStatusSaysTheServiceIsStopped() {
		install();
		debian.execOrFail("systemctl", "stop", UNIT);
		assertThat(debian.show(UNIT, "ActiveState", "Result", "ExecMainStatus"))
			.containsEntry("ActiveState", "inactive")
			.containsEntry("Result", "success")
			.containsEntry("ExecMainStatus", "143");
		BootedDebian.Result status = debian.app("service:status");
		assertThat(status.exitCode()).as(status.output()).isEqualTo(3);
		assertThat(status.output()).contains(UNIT + ": inactive (dead)")
			.contains("Last run: success")
			.doesNotContain("Status: Stopping");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void afterARebootTheServiceIsBackAndThePreviousRunCountsAsACleanStop() throws Exception {
		install();
		debian.reboot();
		debian.awaitUnit(UNIT, START_TIMEOUT, (state) -> state.get("ActiveState").equals("active"), "ActiveState");
		String service = awaitBody("/actuator/service");
		assertThat(service).contains("\"restarts\":{\"count\":0,\"source\":\"journal\",\"starts\":2,\"crashes\":0,")
			.contains("\"lastExit\":\"clean stop at ");
	}

	@Test
	void commandsFindTheInstalledServiceWithoutBeingToldItsName() throws Exception {
		BootedDebian.Result install = debian.app("service:install", "--service.name=orders", "--server.port=" + PORT);
		assertThat(install.exitCode()).as(install.output()).isZero();
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(debian.path("/etc/systemd/system/orders.service"))))
			.isEqualTo("rw-r--r--");
		BootedDebian.Result status = debian.app("service:status");
		assertThat(status.exitCode()).as(status.output()).isZero();
		assertThat(status.output()).contains("orders.service: active (running)");
		BootedDebian.Result asUser = debian.appAs(NOBODY, "service:status");
		assertThat(asUser.exitCode()).as(asUser.output()).isZero();
		assertThat(asUser.output()).contains("orders.service: active (running)");
		assertThat(debian.execAs(NOBODY, "systemctl", "cat", "orders.service").exitCode()).isZero();
		String pid = debian.show("orders.service", "MainPID").get("MainPID");
		BootedDebian.Result restart = debian.app("service:restart");
		assertThat(restart.exitCode()).as(restart.output()).isZero();
		assertThat(debian.show("orders.service", "MainPID").get("MainPID")).isNotEqualTo(pid);
		BootedDebian.Result uninstall = debian.app("service:uninstall");
		assertThat(uninstall.exitCode()).as(uninstall.output()).isZero();
		assertThat(debian.path("/etc/systemd/system/orders.service")).doesNotExist();
	}

	private static void install(String... arguments) {
		assertThat(debian.install(PORT, arguments)).contains("Started " + UNIT);
	}

	private static void crashAndAwaitRestart() {
		Map<String, String> before = debian.show(UNIT, "MainPID", "NRestarts");
		debian.execOrFail("kill", "-9", before.get("MainPID"));
		long expected = Long.parseLong(before.get("NRestarts")) + 1;
		debian.awaitUnit(UNIT, START_TIMEOUT, (state) -> state.get("NRestarts").equals(Long.toString(expected))
				&& state.get("ActiveState").equals("active"), "NRestarts", "ActiveState");
	}

	private static double stalled(String scrape, String resource, String kind) {
		Matcher sample = Pattern
			.compile("(?m)^service_pressure_stalled_seconds_total\\{kind=\"" + kind + "\",resource=\"" + resource
					+ "\"\\} (\\S+)$")
			.matcher(scrape);
		assertThat(sample.find()).as(scrape).isTrue();
		return Double.parseDouble(sample.group(1));
	}

	private static long watchdogPings() {
		String service = debian.get(PORT, "/actuator/service");
		Matcher pings = Pattern.compile("\"pings\":(\\d+)").matcher(service);
		return pings.find() ? Long.parseLong(pings.group(1)) : 0;
	}

	private static String awaitScrape() {
		String[] scrape = new String[1];
		await("a scrape").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			scrape[0] = debian.get(PORT, "/actuator/prometheus");
			return scrape[0].contains("service_info");
		});
		return scrape[0];
	}

	private static String awaitBody(String path) {
		String[] body = new String[1];
		await(path + " to answer").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
			body[0] = debian.get(PORT, path);
			return body[0].startsWith("{");
		});
		return body[0];
	}

}
