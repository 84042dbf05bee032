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

package io.github.servicestarter.systemd;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SystemdUnitFile}.
 */
class SystemdUnitFileTests {

	private static final List<String> COMMAND = List.of("/usr/bin/java", "-Xmx512m", "-jar", "/opt/my app/app.jar",
			"--server.port=8080");

	@Test
	void userUnitWithWatchdogAndPre253Reload() {
		String unit = SystemdUnitFile.render(spec(false, null, Duration.ofSeconds(30), true, false));
		assertThat(unit).contains("Type=notify\n", "NotifyAccess=main\n",
				"ExecStart=/usr/bin/java -Xmx512m -jar \"/opt/my app/app.jar\" --server.port=8080\n",
				"ExecReload=/bin/kill -HUP $MAINPID\nExecReload=/bin/sleep 1\n", "WorkingDirectory=/opt/my app\n",
				"SuccessExitStatus=143\n", "Restart=on-failure\n", "RestartSec=5\n", "RestartForceExitStatus=75\n",
				"TimeoutStopSec=45\n", "WatchdogSec=30\n", "StateDirectory=app app/dumps\n",
				"StateDirectoryMode=0700\n", "ProtectSystem=strict\n", "NoNewPrivileges=yes\n",
				"WantedBy=default.target\n");
		assertThat(unit).doesNotContain("DynamicUser", "User=", "MemoryDenyWriteExecute", "network-online.target");
	}

	@Test
	void eachRunsEndIsRecordedByAShellWithTheStateDirectoryAsItsArgument() {
		String unit = SystemdUnitFile.render(
				new SystemdUnitSpec("app", "app", COMMAND, Path.of("/opt"), true, null, null, Duration.ofSeconds(45),
						Duration.ofSeconds(5), true, 252, Path.of("/srv/it's $HOME 100%\\x"), null));
		assertThat(unit)
			.contains("ExecStopPost=-/bin/sh -c \"echo \\\"$$SERVICE_RESULT $$EXIT_CODE $$EXIT_STATUS\\\" > "
					+ "\\\"$$1/service-result.tmp\\\" && mv -f \\\"$$1/service-result.tmp\\\" \\\"$$1/service-result\\\"\" "
					+ "record-result \"/srv/it's $$HOME 100%%\\\\x\"\n");
	}

	@Test
	void aStateDirectoryThatCannotStandInTheUnitIsRefusedAndANonAsciiOneIsKept() {
		for (String hostile : new String[] { "/srv/a\n[Service]\nExecStartPre=+/bin/sh", "/srv/a\rb", "/srv/a\u0000b",
				"/srv/" + "x".repeat(70_000) }) {
			assertThatIllegalArgumentException().isThrownBy(() -> SystemdUnitFile.render(stateDirectory(hostile)));
		}
		assertThat(SystemdUnitFile.render(stateDirectory("/srv/Größe ✓")))
			.contains(" record-result \"/srv/Größe ✓\"\n");
	}

	private static SystemdUnitSpec stateDirectory(String directory) {
		return new SystemdUnitSpec("app", "app", COMMAND, Path.of("/opt"), true, null, null, Duration.ofSeconds(45),
				Duration.ofSeconds(5), true, 252, Path.of(directory), null);
	}

	@Test
	void restartsBackOffWhereSystemdCanSoThatAnOutageLocksNothingOut() {
		String backOff = SystemdUnitFile.render(new SystemdUnitSpec("app", "app", COMMAND, Path.of("/opt"), true, null,
				null, Duration.ofSeconds(45), Duration.ofSeconds(5), true, 254, Path.of("/var/lib/app"), null));
		assertThat(backOff).contains("StartLimitIntervalSec=300\nStartLimitBurst=10\n", "RestartSec=5\n",
				"RestartSteps=5\nRestartMaxDelaySec=60\n");
		String fixed = SystemdUnitFile.render(spec(true, null, null, true, true));
		assertThat(fixed).contains("StartLimitBurst=5\n").doesNotContain("RestartSteps", "RestartMaxDelaySec");
	}

	@Test
	void systemUnitRunsAsADynamicUserOrTheGivenOne() {
		assertThat(SystemdUnitFile.render(spec(true, null, null, true, true))).contains("DynamicUser=yes\n",
				"After=network-online.target\n", "WantedBy=multi-user.target\n");
		assertThat(SystemdUnitFile.render(spec(true, "app", null, true, true))).contains("User=app\n")
			.doesNotContain("DynamicUser");
	}

	@Test
	void notifyReloadWhereSystemdHasIt() {
		String unit = SystemdUnitFile.render(spec(false, null, null, true, true));
		assertThat(unit).contains("Type=notify-reload\n").doesNotContain("ExecReload", "WatchdogSec");
		assertThat(SystemdUnitFile.render(spec(false, null, null, false, true))).contains("Type=notify\n")
			.doesNotContain("ExecReload");
	}

	@Test
	void everyOutsideValueIsEscapedByItsFieldsRules() {
		SystemdUnitSpec spec = new SystemdUnitSpec("app", "100% for %n at $HOME, Größe",
				List.of("/opt/jdk 50%$x/bin/java", "-Dx=$HOME", "-jar", "/opt/a%b/app.jar", "--msg=\\"),
				Path.of("/opt/a%b"), true, null, null, Duration.ofSeconds(45), Duration.ofSeconds(5), true, 252,
				Path.of("/var/lib/app"), "[fe80::1%%eth0]:8080");
		assertThat(SystemdUnitFile.render(spec)).contains("Description=100%% for %%n at $HOME, Größe\n",
				"ExecStart=\"/opt/jdk 50%%$x/bin/java\" -Dx=$$HOME -jar /opt/a%%b/app.jar \"--msg=\\\\\"\n",
				"WorkingDirectory=/opt/a%%b\n");
		assertThat(SystemdUnitFile.renderSocket(spec))
			.contains("Description=100%% for %%n at $HOME, Größe, listening socket\n");
		assertThat(SystemdUnitFile.runsJar(SystemdUnitFile.render(spec), Path.of("/opt/a%b/app.jar"))).isTrue();
	}

	@Test
	void socketActivatedServiceRequiresItsSocketUnit() {
		SystemdUnitSpec spec = new SystemdUnitSpec("app", "app (Spring Boot service)", COMMAND, Path.of("/opt"), true,
				null, null, Duration.ofSeconds(45), Duration.ofSeconds(5), true, 252, Path.of("/var/lib/app"),
				"127.0.0.1:8080");
		assertThat(SystemdUnitFile.render(spec)).contains("Requires=app.socket\nAfter=app.socket\n");
		assertThat(SystemdUnitFile.renderSocket(spec)).isEqualTo("""
				# Generated by the service starter (java -jar app.jar service:install).
				[Unit]
				Description=app (Spring Boot service), listening socket

				[Socket]
				ListenStream=127.0.0.1:8080
				FileDescriptorName=application
				Service=app.service

				[Install]
				WantedBy=sockets.target
				""");
		assertThat(SystemdUnitFile.render(spec(true, null, null, true, true))).doesNotContain("app.socket");
	}

	private static SystemdUnitSpec spec(boolean system, String runAs, Duration watchdog, boolean reload,
			boolean notifyReload) {
		return new SystemdUnitSpec("app", "app (Spring Boot service)", COMMAND, Path.of("/opt/my app"), system, runAs,
				watchdog, Duration.ofSeconds(45), Duration.ofSeconds(5), reload, notifyReload ? 253 : 252,
				Path.of("/var/lib/app"), null);
	}

}
