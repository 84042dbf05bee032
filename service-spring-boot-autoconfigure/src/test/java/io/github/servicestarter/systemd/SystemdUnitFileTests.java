package io.github.servicestarter.systemd;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
				"TimeoutStopSec=45\n", "WatchdogSec=30\n", "StateDirectory=app\n", "StateDirectoryMode=0700\n",
				"ProtectSystem=strict\n", "NoNewPrivileges=yes\n", "WantedBy=default.target\n");
		assertThat(unit).doesNotContain("DynamicUser", "User=", "MemoryDenyWriteExecute", "network-online.target");
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
	void quotingFollowsSystemdsRules() {
		assertThat(SystemdUnitFile.quote("/plain/path")).isEqualTo("/plain/path");
		assertThat(SystemdUnitFile.quote("with space")).isEqualTo("\"with space\"");
		assertThat(SystemdUnitFile.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
		assertThat(SystemdUnitFile.quote("C:\\x")).isEqualTo("\"C:\\\\x\"");
		assertThat(SystemdUnitFile.quote("100%")).isEqualTo("100%%");
		assertThat(SystemdUnitFile.quote("$HOME")).isEqualTo("$$HOME");
		assertThat(SystemdUnitFile.quote("")).isEqualTo("\"\"");
	}

	private static SystemdUnitSpec spec(boolean system, String runAs, Duration watchdog, boolean reload,
			boolean notifyReload) {
		return new SystemdUnitSpec("app", "app (Spring Boot service)", COMMAND, Path.of("/opt/my app"), system, runAs,
				watchdog, Duration.ofSeconds(45), Duration.ofSeconds(5), reload, notifyReload);
	}

}
