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
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Socket activation as users install it ({@code service:install
 * --service.install.socket-activation=true}) on a booted Debian whose PID 1 is systemd:
 * restarts under load, start on demand, and the graceful drain. The load runs inside the
 * container ({@link LoadClient}); each test prints its figures.
 */
class SystemdSocketActivationIT {

	private static final String UNIT = "sample-app.service";

	private static final String SOCKET = "sample-app.socket";

	private static final int PORT = 8080;

	private static final String JETTY_UNIT = "sample-jetty-app.service";

	private static final String JETTY_JAR = "/opt/jetty/sample-jetty-app.jar";

	private static final int JETTY_PORT = 8081;

	private static final int CLIENTS = 20;

	private static final int RESTARTS = 3;

	private static final Pattern SUMMARY = Pattern.compile("requests=(\\d+) failed=(\\d+) .*");

	@RegisterExtension
	static final BootedDebian debian = new BootedDebian();

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void restartsThroughTheSocketUnitFailNoRequest() throws Exception {
		install("--service.install.socket-activation=true");
		assertThat(debian.show(SOCKET, "ActiveState").get("ActiveState")).isEqualTo("active");
		assertThat(debian.journal("-u", UNIT)).contains("Serving on the socket systemd passed, fd 3 'application'");
		String summary = restartUnderLoad("With socket activation", UNIT, PORT, "/slow?ms=0");
		assertThat(failed(summary)).as(summary).isZero();
	}

	@Test
	void restartsThroughTheSocketUnitWithoutTheStartupCacheFailNoRequest() throws Exception {
		// The waited requests' figures of this run against the one above: what the cache
		// saves them.
		install("--service.install.socket-activation=true", "--service.install.startup-cache=false");
		String summary = restartUnderLoad("With socket activation, without the start-up cache", UNIT, PORT,
				"/slow?ms=0");
		assertThat(failed(summary)).as(summary).isZero();
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void restartsOfAJettyApplicationThroughItsSocketUnitFailNoRequest() throws Exception {
		Path jar = Path.of(System.getProperty("sample.jetty.jar", "../sample-jetty-app/target/sample-jetty-app.jar"));
		Prerequisites.require(Files.isRegularFile(jar),
				"the Jetty sample's fat jar at " + jar + " (run ./mvnw verify)");
		Files.createDirectories(debian.path(JETTY_JAR).getParent());
		Files.copy(jar, debian.path(JETTY_JAR));
		BootedDebian.Result install = debian.exec("java", "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar", JETTY_JAR,
				"service:install", "--server.port=" + JETTY_PORT, "--service.install.socket-activation=true");
		assertThat(install.exitCode()).as(install.output()).isZero();
		debian.awaitUnit(JETTY_UNIT, Duration.ofSeconds(60), (state) -> state.get("StatusText").contains("health"),
				"StatusText");
		assertThat(debian.journal("-u", JETTY_UNIT))
			.contains("Serving on the socket systemd passed, fd 3 'application'")
			.contains("Jetty started on port " + JETTY_PORT);
		String summary = restartUnderLoad("Jetty with socket activation", JETTY_UNIT, JETTY_PORT, "/hello");
		assertThat(failed(summary)).as(summary).isZero();
		// The stop ends Jetty's blocked accept by closing the channel, and that is no
		// failure to report.
		assertThat(debian.journal("-u", JETTY_UNIT)).doesNotContain("Accept Failure");
	}

	@Test
	void theSocketActivatedUnitScoresAsTheHardenedUnitDoes() {
		install("--service.install.socket-activation=true");
		BootedDebian.Result plain = debian.app("service:unit", "--server.port=" + PORT);
		assertThat(plain.exitCode()).as(plain.output()).isZero();
		debian.execOrFail("sh", "-c", "cat > /tmp/plain.service <<'EOF'\n" + plain.output() + "\nEOF");
		String activated = score("/etc/systemd/system/" + UNIT);
		System.out.println("systemd-analyze security, socket-activated unit: " + activated);
		assertThat(activated).isEqualTo(score("/tmp/plain.service"));
		debian.execOrFail("systemd-analyze", "verify", "/etc/systemd/system/" + SOCKET);
	}

	@Test
	void restartsWithoutTheSocketUnitFailRequests() throws Exception {
		install();
		String summary = restartUnderLoad("Without socket activation", UNIT, PORT, "/slow?ms=0");
		assertThat(failed(summary)).as(summary).isPositive();
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void aRequestStartsTheStoppedService() {
		install("--service.install.socket-activation=true");
		debian.execOrFail("systemctl", "stop", UNIT);
		assertThat(debian.show(UNIT, "ActiveState").get("ActiveState")).isEqualTo("inactive");
		assertThat(debian.show(SOCKET, "ActiveState").get("ActiveState")).isEqualTo("active");
		BootedDebian.Result answered = debian.exec("curl", "-sS", "--max-time", "90",
				"http://127.0.0.1:" + PORT + "/slow?ms=0");
		assertThat(answered.output()).contains("\"sleptMs\":0");
		// The web server answers on the passed socket once it has started, a moment
		// before the context is ready and READY=1 makes the unit active.
		debian.awaitUnit(UNIT, Duration.ofSeconds(30), (state) -> state.get("ActiveState").equals("active"),
				"ActiveState");
		BootedDebian.Result uninstall = debian.app("service:uninstall");
		assertThat(uninstall.exitCode()).as(uninstall.output()).isZero();
		assertThat(debian.path("/etc/systemd/system/" + SOCKET)).doesNotExist();
		assertThat(debian.path("/etc/systemd/system/" + UNIT)).doesNotExist();
		assertThat(debian.show(SOCKET, "LoadState").get("LoadState")).isEqualTo("not-found");
	}

	@Test
	void aUnixSocketInTheSocketUnitFailsTheStartWithWhatToChange() throws Exception {
		install("--service.install.socket-activation=true");
		Files.writeString(debian.path("/etc/systemd/system/" + SOCKET),
				"[Socket]\nListenStream=/run/sample-app.sock\nService=" + UNIT + "\n");
		debian.execOrFail("systemctl", "stop", SOCKET, UNIT);
		debian.execOrFail("systemctl", "daemon-reload");
		debian.execOrFail("systemctl", "start", SOCKET);
		BootedDebian.Result start = debian.exec("systemctl", "start", UNIT);
		assertThat(start.exitCode()).isNotZero();
		assertThat(debian.journal("-u", UNIT, "-o", "cat")).contains("The web server cannot serve on fd 3",
				"AF_UNIX stream listening", "it needs a listening TCP socket",
				"Use ListenStream=<port> or ListenStream=<address>:<port>");
	}

	@Test
	@Tag(BootedDebian.EVERY_RELEASE)
	void slowRequestsInFlightAtARestartCompleteAndNewOnesAreServedByTheNextProcess() {
		install("--service.install.socket-activation=true");
		String firstPid = debian.show(UNIT, "MainPID").get("MainPID");
		List<CompletableFuture<BootedDebian.Result>> slow = debian.slowRequestsInFlight(PORT, 5, 4000);
		CompletableFuture<BootedDebian.Result> restart = CompletableFuture
			.supplyAsync(() -> debian.exec("systemctl", "restart", UNIT));
		await("the old process to stop accepting").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> debian.show(UNIT, "ActiveState").get("ActiveState").equals("deactivating"));
		List<CompletableFuture<BootedDebian.Result>> next = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			next.add(CompletableFuture.supplyAsync(() -> debian.exec("curl", "-sS", "--max-time", "90",
					"http://127.0.0.1:" + PORT + "/actuator/service")));
		}
		assertThat(slow).allSatisfy((request) -> assertThat(request.join().output()).contains("\"sleptMs\":4000"));
		assertThat(restart.join().exitCode()).isZero();
		String nextPid = debian.show(UNIT, "MainPID").get("MainPID");
		assertThat(nextPid).isNotEqualTo(firstPid);
		assertThat(next).allSatisfy((request) -> assertThat(request.join().output()).contains("\"pid\":" + nextPid));
	}

	private static void install(String... arguments) {
		debian.install(PORT, arguments);
		debian.awaitUnit(UNIT, Duration.ofSeconds(60), (state) -> state.get("StatusText").contains("health"),
				"StatusText");
	}

	/**
	 * Runs the load client while the service restarts, prints its summary line and
	 * returns it.
	 */
	private static String restartUnderLoad(String label, String unit, int port, String path) throws Exception {
		Path classes = Path.of(LoadClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		String classFile = LoadClient.class.getName().replace('.', '/') + ".class";
		Path copy = debian.path("/opt/load/" + classFile);
		Files.createDirectories(copy.getParent());
		Files.copy(classes.resolve(classFile), copy);
		CompletableFuture<BootedDebian.Result> load = CompletableFuture
			.supplyAsync(() -> debian.exec("java", "-Xmx64m", "-cp", "/opt/load", LoadClient.class.getName(),
					Integer.toString(port), path, Integer.toString(CLIENTS), "/tmp/load.stop", "/tmp/load.progress"));
		long answered = awaitAnswered(100);
		for (int i = 0; i < RESTARTS; i++) {
			debian.execOrFail("systemctl", "restart", unit);
			answered = awaitAnswered(answered + 100);
		}
		debian.execOrFail("touch", "/tmp/load.stop");
		BootedDebian.Result result = load.join();
		assertThat(result.exitCode()).as(result.output()).isZero();
		String summary = result.output()
			.lines()
			.filter((line) -> line.startsWith("requests="))
			.findFirst()
			.orElseThrow();
		System.out.println(label + ", " + RESTARTS + " restarts, " + CLIENTS + " clients: " + summary);
		return summary;
	}

	private static long awaitAnswered(long count) {
		long[] answered = new long[1];
		await(count + " answered requests").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				BootedDebian.Result progress = debian.exec("cat", "/tmp/load.progress");
				answered[0] = (progress.exitCode() == 0 && !progress.output().isBlank())
						? Long.parseLong(progress.output().strip()) : 0;
				return answered[0] >= count;
			});
		return answered[0];
	}

	private static String score(String unitFile) {
		String security = debian.execOrFail("systemd-analyze", "security", "--offline=yes", unitFile);
		Matcher score = Pattern.compile("Overall exposure level for \\S+: (\\d+\\.\\d+)").matcher(security);
		assertThat(score.find()).as(security).isTrue();
		return score.group(1);
	}

	private static long failed(String summary) {
		Matcher matcher = SUMMARY.matcher(summary);
		assertThat(matcher.matches()).as(summary).isTrue();
		return Long.parseLong(matcher.group(2));
	}

}
