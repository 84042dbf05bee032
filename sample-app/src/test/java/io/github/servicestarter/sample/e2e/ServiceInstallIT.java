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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar app.jar service:*} of the sample fat jar against a real systemd
 * manager: install a user unit, check it with systemd-analyze, run it under its own
 * sandbox, query, uninstall, and the refusals for bad input.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceInstallIT {

	private static final String NAME = "installed";

	@RegisterExtension
	static final SystemdUserManager systemd = new SystemdUserManager();

	private static Path installDirectory;

	private static Path jar;

	private static int port;

	@BeforeAll
	static void copyTheJarWhereASandboxedServiceCanReadIt() throws Exception {
		// Outside /tmp (PrivateTmp=) and with a space in the path, as users' paths have.
		installDirectory = Files.createTempDirectory(Path.of("/opt"), "service-starter-e2e-");
		jar = Files.createDirectories(installDirectory.resolve("my apps")).resolve("sample app.jar");
		Files.copy(SampleUnit.jar(), jar);
		port = systemd.unit("port-probe").port();
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		FileSystemUtils.deleteRecursively(installDirectory);
	}

	@Test
	@Order(1)
	void installWritesAUnitThatSystemdAcceptsAndThatScoresAtMostTwo() throws Exception {
		Run install = serviceCommand("service:install", "--service.install.user=true", "--service.install.start=false",
				"--service.name=" + NAME, "--server.port=" + port);
		assertThat(install.exitCode()).as(install.output()).isZero();
		Path unit = systemd.unitDirectory().resolve(NAME + ".service");
		String content = Files.readString(unit);
		assertThat(content).contains("Type=notify\n", "-Xmx192m -jar \"" + jar + "\" --service.name=" + NAME,
				"WorkingDirectory=" + jar.getParent() + "\n", "SuccessExitStatus=143\n", "WatchdogSec=30\n");
		Run verify = run(List.of("systemd-analyze", "verify", "--user", unit.toString()));
		assertThat(verify.exitCode()).as(verify.output()).isZero();
		Run security = run(List.of("systemd-analyze", "security", "--offline=yes", unit.toString()));
		Matcher score = Pattern.compile("Overall exposure level for \\S+: (\\d+\\.\\d+)").matcher(security.output());
		assertThat(score.find()).as(security.output()).isTrue();
		System.out.println("systemd-analyze security score of the generated unit: " + score.group(1));
		assertThat(Double.parseDouble(score.group(1))).isLessThanOrEqualTo(2.0);
	}

	@Test
	@Order(2)
	void installedServiceRunsUnderItsSandboxAndIsReportedByStatus() throws Exception {
		// This machine's kernel refuses two of the sandbox's read-only remounts (status
		// 226/NAMESPACE), which real hosts grant; everything else runs as generated.
		Path dropIn = Files.createDirectories(systemd.unitDirectory().resolve(NAME + ".service.d"));
		Files.writeString(dropIn.resolve("this-machine.conf"),
				"[Service]\nProtectKernelTunables=no\n" + "ProtectKernelLogs=no\nStandardOutput=append:"
						+ systemd.logDirectory().resolve(NAME + ".log") + "\n");
		systemd.systemctlOrFail("daemon-reload");
		Run start = serviceCommand("service:start", "--service.name=" + NAME);
		assertThat(start.exitCode()).as(start.output()).isZero();
		Map<String, String> state = systemd.awaitUnit(NAME + ".service", Duration.ofSeconds(30),
				(unit) -> unit.get("StatusText").contains("health"), "ActiveState", "MainPID", "StatusText");
		assertThat(state).containsEntry("ActiveState", "active");
		assertThat(state.get("StatusText")).matches("Started in \\d+\\.\\d s, health UP");
		SampleUnit sample = new SampleUnit(port);
		assertThat(sample.get("/actuator/health")).isEqualTo(200);
		assertThat(sample.getBody("/actuator/prometheus"))
			.contains("service_info{manager=\"systemd\",name=\"" + NAME + "\"} 1")
			.contains("service_restarts_total{source=\"systemd\"} 0");
		Run status = serviceCommand("service:status", "--service.name=" + NAME);
		assertThat(status.exitCode()).as(status.output()).isZero();
		assertThat(status.output()).contains(NAME + ".service: active (running)", "PID: " + state.get("MainPID"),
				"Logs: journalctl --user-unit " + NAME);
	}

	@Test
	@Order(3)
	void badInputIsRefusedAndChangesNothing() throws Exception {
		String before = Files.readString(systemd.unitDirectory().resolve(NAME + ".service"));
		Run again = serviceCommand("service:install", "--service.install.user=true", "--service.name=" + NAME);
		assertThat(again.exitCode()).isEqualTo(5);
		assertThat(again.output()).contains("already installed").contains("--service.install.force=true");
		Run invalidName = serviceCommand("service:install", "--service.install.user=true", "--service.name=bad name");
		assertThat(invalidName.exitCode()).isEqualTo(2);
		assertThat(invalidName.output()).contains("service.name");
		Run unknown = serviceCommand("service:instal");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(Files.readString(systemd.unitDirectory().resolve(NAME + ".service"))).isEqualTo(before);
	}

	@Test
	@Order(4)
	void uninstallRemovesEveryTrace() throws Exception {
		Path stateDirectory = systemd.unitDirectory().getParent().getParent().resolve(NAME);
		assertThat(stateDirectory).as("systemd's StateDirectory= for the user unit").isDirectory();
		Run uninstall = serviceCommand("service:uninstall", "--service.name=" + NAME);
		assertThat(uninstall.exitCode()).as(uninstall.output()).isZero();
		assertThat(systemd.unitDirectory().resolve(NAME + ".service")).doesNotExist();
		assertThat(systemd.unitDirectory().resolve(NAME + ".service.d")).doesNotExist();
		assertThat(systemd.unitDirectory().resolve("default.target.wants/" + NAME + ".service")).doesNotExist();
		assertThat(stateDirectory).doesNotExist();
		assertThat(systemd.show(NAME + ".service", "LoadState")).containsEntry("LoadState", "not-found");
		assertThat(serviceCommand("service:status", "--service.name=" + NAME).exitCode()).isEqualTo(4);
	}

	@Test
	@Order(5)
	void hostileValuesAreEscapedSoThePrintedUnitVerifiesOrRefusedWithTheSettingNamed() throws Exception {
		Run printed = serviceCommand("service:unit", "--service.install.user=true", "--service.name=hostile",
				"--service.install.description=100% of $HOME for %n, Größe ✓ \\ done",
				"--app.greeting=50%$USER \"quoted\" \\", "--app.name=Größe ✓",
				"--service.state-directory=/srv/50% it's $HOME");
		assertThat(printed.exitCode()).as(printed.output()).isZero();
		assertThat(printed.output()).contains("Description=100%% of $HOME for %%n, Größe ✓ \\ done\n")
			.contains(" \"--app.greeting=50%%$$USER \\\"quoted\\\" \\\\\" \"--app.name=Größe ✓\"")
			// Out of memory ends the JVM; the heap dump and the crash report go to the
			// state directory.
			.contains(" -XX:+ExitOnOutOfMemoryError -XX:+HeapDumpOnOutOfMemoryError "
					+ "\"-XX:HeapDumpPath=/srv/50%% it's $$HOME/dumps\" \"-XX:ErrorFile=/srv/50%% it's $$HOME/dumps/hs_err_pid%%p.log\" ")
			// The state directory reaches the shell that records how the run ended as an
			// argument, never as code.
			.contains(" record-result \"/srv/50%% it's $$HOME\"\n")
			.contains("StateDirectory=hostile hostile/dumps\n");
		Path directory = Files.createTempDirectory(installDirectory, "printed");
		Path unit = Files.writeString(directory.resolve("hostile.service"), printed.output());
		Run verify = run(List.of("systemd-analyze", "verify", "--user", unit.toString()));
		assertThat(verify.exitCode()).as(verify.output()).isZero();
		assertThat(verify.output()).doesNotContain("specifier", "Unbalanced", "Invalid");

		Run withoutEvidence = serviceCommand("service:unit", "--service.install.user=true", "--service.name=plain",
				"--service.install.exit-on-out-of-memory=false", "--service.install.heap-dump-on-out-of-memory=false",
				"--service.install.error-file-in-state-directory=false", "--spring.datasource.password=hunter2",
				"--sample.api-key=k");
		assertThat(withoutEvidence.output()).contains("ExecStart=")
			.doesNotContain("OutOfMemoryError", "HeapDump", "ErrorFile");
		// A secret on the command line is readable by every local user: said, with the
		// way to store it instead.
		assertThat(withoutEvidence.output()).contains("Warning: spring.datasource.password looks like a secret",
				"--service.install.secret.spring.datasource.password=stdin",
				"Warning: sample.api-key looks like a secret");

		assertRefused("service.install.description (set in the command line)",
				"--service.install.description=x\n" + "[Service]\nExecStartPre=+/usr/bin/touch /root/pwned");
		assertRefused("service.install.description (set in the command line)",
				"--service.install.description=x\r[Service]");
		assertRefused("service.install.description (set in the command line)", "--service.install.description=ends \\");
		assertRefused("service.install.run-as (set in the command line)",
				"--service.install.run-as=nobody\nExecStartPre=+/usr/bin/touch /root/pwned");
		assertRefused("server.port (set in the command line)", "--service.install.socket-activation=true",
				"--server.port=0");
		Run fromEnvironment = run(
				command("service:unit", "--service.install.user=true", "--service.name=hostile",
						"--service.install.socket-activation=true"),
				Map.of("SERVER_ADDRESS", "8081\nExecStartPre=/usr/bin/touch /root/pwned\nX-Rest="), null);
		assertThat(fromEnvironment.exitCode()).as(fromEnvironment.output()).isEqualTo(2);
		assertThat(fromEnvironment.output())
			.contains("Refused server.address (set in System Environment Property " + "\"SERVER_ADDRESS\")")
			.doesNotContain("\nExecStartPre");
		Path workingDirectory = Files.createTempDirectory(installDirectory, "cwd");
		Files.createDirectories(workingDirectory.resolve("config"));
		Files.writeString(workingDirectory.resolve("config/application.properties"),
				"service.install.description=" + "x".repeat(2 * 1024 * 1024) + "\n");
		Run huge = run(command("service:unit", "--service.install.user=true", "--service.name=hostile"), Map.of(),
				workingDirectory);
		assertThat(huge.exitCode()).as(huge.output()).isEqualTo(2);
		assertThat(huge.output())
			.contains("Refused service.install.description (set in URL " + "[file:config/application.properties]")
			.contains("at most 1024 are accepted");
	}

	private static void assertRefused(String setting, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of("service:unit", "--service.install.user=true", "--service.name=hostile"));
		command.addAll(List.of(arguments));
		Run refused = serviceCommand(command.toArray(String[]::new));
		assertThat(refused.exitCode()).as(refused.output()).isEqualTo(2);
		assertThat(refused.output()).contains("Refused " + setting)
			.contains("Nothing was installed or changed")
			.doesNotContain("ExecStart=");
	}

	private static List<String> command(String... arguments) {
		List<String> command = new ArrayList<>(List.of(SampleUnit.java(), "-Xmx192m", "-jar", jar.toString()));
		command.addAll(List.of(arguments));
		return command;
	}

	private static Run serviceCommand(String... arguments) throws Exception {
		return run(command(arguments));
	}

	private static Run run(List<String> command) throws Exception {
		return run(command, Map.of(), null);
	}

	private static Run run(List<String> command, Map<String, String> environment, Path directory) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("DBUS_") || name.equals("NOTIFY_SOCKET"));
		builder.environment().putAll(systemd.environment());
		builder.environment().putAll(environment);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

	private record Run(int exitCode, String output) {

	}

}
