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

package io.github.servicestarter.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.servicestarter.manager.CommandRun;
import io.github.servicestarter.systemd.StartupCacheUnit;
import io.github.servicestarter.systemd.SystemdUnitFile;
import io.github.servicestarter.systemd.SystemdUnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SystemdServiceInstaller}.
 */
class SystemdServiceInstallerTests {

	@TempDir
	Path units;

	@TempDir
	Path state;

	private final Map<String, String> known = new HashMap<>();

	private final List<String> shown = new ArrayList<>();

	private final List<String> verified = new ArrayList<>();

	private CommandRun verification = new CommandRun(0, "");

	private final List<String> calls = new ArrayList<>();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private String failing = "";

	private String showOutput = "LoadState=loaded\nActiveState=active\nSubState=running\nMainPID=42\nNRestarts=1\n"
			+ "StatusText=Started in 3.1 s, health UP\nFragmentPath=/x/app.service";

	@Test
	void installWritesReloadsEnablesAndStarts() throws IOException {
		assertThat(installer().install(spec(), false, true)).isEqualTo(CommandResult.OK);
		assertThat(Files.readString(this.units.resolve("app.service"))).contains("Type=notify");
		assertThat(this.calls).containsExactly("daemon-reload", "enable app.service", "start app.service");
		assertThat(temporaryFiles()).isEmpty();
		assertThat(printed()).contains("Wrote ")
			.contains("Enabled app.service")
			.contains("Logs: journalctl --user-unit app");
	}

	@Test
	void aStartupCacheIsPreparedForTheFirstStartAndRemovedWithTheService() throws IOException {
		Path cache = this.state.resolve("cache-app");
		assertThat(installer().install(cachedSpec(cache), false, false)).isEqualTo(CommandResult.OK);
		assertThat(cache.resolve("startup-cache.env")).content()
			.contains("SERVICE_STARTUP_CACHE=\n", "SERVICE_JAR=\"/opt/app.jar\"", "SERVICE_STARTUP_CACHE_STATE=off");
		assertThat(Files.getPosixFilePermissions(cache)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
		assertThat(printed()).contains("Startup cache: prepared at the first start");
		Files.writeString(cache.resolve("key"), "made for other JVM options");
		assertThat(installer().install(cachedSpec(cache), true, true)).isEqualTo(CommandResult.OK);
		assertThat(cache.resolve("key")).as("made again at the next start").doesNotExist();
		assertThat(printed()).contains("Startup cache: off (being prepared)");
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(cache).doesNotExist();
		assertThat(printed()).contains("and the start-up cache " + cache);
	}

	@Test
	void aCacheDirectoryTheStarterDidNotMakeIsNotTakenOver() throws IOException {
		Path cache = Files.createDirectories(this.state.resolve("cache-app"));
		Files.writeString(cache.resolve("data"), "someone's");
		assertThat(installer().install(cachedSpec(cache), false, true)).isEqualTo(CommandResult.NOT_OURS);
		assertThat(cache.resolve("data")).exists();
		assertThat(this.units.resolve("app.service")).doesNotExist();
		assertThat(printed()).contains("The start-up cache directory " + cache + " exists already");
	}

	@Test
	void socketActivationInstallsAndStartsTheSocketWithTheService() throws IOException {
		assertThat(installer().install(spec("8080"), false, true)).isEqualTo(CommandResult.OK);
		assertThat(Files.readString(this.units.resolve("app.socket"))).contains("ListenStream=8080");
		assertThat(Files.readString(this.units.resolve("app.service"))).contains("Requires=app.socket");
		assertThat(this.calls).containsExactly("daemon-reload", "enable app.socket app.service",
				"start app.socket app.service");
		assertThat(printed()).contains("Started app.socket: listening on 8080");
	}

	@Test
	void uninstallStopsAndRemovesTheSocketFirst() throws IOException {
		installer().install(spec("8080"), false, true);
		this.calls.clear();
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(this.units.resolve("app.socket")).doesNotExist();
		assertThat(this.units.resolve("app.service")).doesNotExist();
		assertThat(this.calls).startsWith("stop app.socket app.service", "disable app.socket app.service");
	}

	@Test
	void aRefusedSocketUnitRollsBackBothFiles() {
		this.failing = "enable";
		assertThat(installer().install(spec("8080"), false, true)).isEqualTo(CommandResult.FAILED);
		assertThat(this.units.resolve("app.socket")).doesNotExist();
		assertThat(this.units.resolve("app.service")).doesNotExist();
	}

	@Test
	void installedServiceIsNotReplacedUnlessForced() throws IOException {
		Files.writeString(this.units.resolve("app.service"), GENERATED);
		assertThat(installer().install(spec(), false, true)).isEqualTo(CommandResult.ALREADY_INSTALLED);
		assertThat(Files.readString(this.units.resolve("app.service"))).isEqualTo(GENERATED);
		assertThat(printed()).contains("already installed").contains("--service.install.force=true");
		assertThat(installer().install(spec(), true, false)).isEqualTo(CommandResult.OK);
		assertThat(Files.readString(this.units.resolve("app.service"))).contains("ExecStart=");
	}

	@Test
	void refusedUnitIsRolledBack() throws IOException {
		this.failing = "enable";
		assertThat(installer().install(spec(), false, true)).isEqualTo(CommandResult.FAILED);
		assertThat(this.units.resolve("app.service")).doesNotExist();
		assertThat(this.calls).containsExactly("daemon-reload", "enable app.service", "daemon-reload");
		assertThat(printed()).contains("the unit files were removed again");
	}

	@Test
	void unwritableUnitDirectoryIsAPermissionErrorAndLeavesNothing() throws IOException {
		Path notADirectory = Files.writeString(this.units.resolve("file"), "x");
		SystemdServiceInstaller installer = new SystemdServiceInstaller(this::systemctl, this::analyze,
				notADirectory.resolve("user"), false, (name) -> List.of(),
				(name) -> this.state.resolve("cache-" + name),
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
		assertThat(installer.install(spec(), false, true)).isEqualTo(CommandResult.NO_PERMISSION);
		assertThat(this.calls).isEmpty();
		assertThat(printed()).contains("Cannot write the unit file").contains("--service.install.user=true");
	}

	@Test
	void uninstallRemovesTheUnitItsDropInsAndItsState() throws IOException {
		Files.writeString(this.units.resolve("app.service"), GENERATED);
		Files.createDirectories(this.units.resolve("app.service.d"));
		Files.writeString(this.units.resolve("app.service.d/override.conf"), "[Service]");
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(this.units.resolve("app.service")).doesNotExist();
		assertThat(this.units.resolve("app.service.d")).doesNotExist();
		assertThat(this.calls).containsExactly("stop app.service", "disable app.service",
				"clean --what=state app.service", "daemon-reload", "reset-failed app.service");
	}

	@Test
	void commandsOnAMissingServiceSayItIsNotInstalled() {
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.NOT_INSTALLED);
		assertThat(installer().control(ServiceCommand.START, "app", null)).isEqualTo(CommandResult.NOT_INSTALLED);
		this.showOutput = "LoadState=not-found\nActiveState=inactive";
		assertThat(installer().status("app")).isEqualTo(CommandResult.NOT_INSTALLED);
		assertThat(this.calls).containsExactly("show app.service --property=LoadState,ActiveState,SubState,MainPID,"
				+ "NRestarts,StatusText,FragmentPath,Result,ExecMainStatus,StateChangeTimestamp");
	}

	@Test
	void statusShowsStatePidRestartsAndLogs() {
		assertThat(installer().status("app")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("app.service: active (running)", "PID: 42", "Restarts: 1",
				"Status: Started in 3.1 s, health UP", "Logs: journalctl --user-unit app");
	}

	@Test
	void statusOfAStoppedServiceShowsHowItsLastRunEndedNotItsLastStatusText() {
		this.showOutput = "LoadState=loaded\nActiveState=inactive\nSubState=dead\nStatusText=Stopping\nResult=success\n"
				+ "ExecMainStatus=143\nStateChangeTimestamp=Sat 2026-11-21 12:00:00 UTC";
		assertThat(installer().status("app")).isEqualTo(CommandResult.NOT_RUNNING);
		assertThat(printed())
			.contains("app.service: inactive (dead) since Sat 2026-11-21 12:00:00 UTC",
					"Last run: success (exit status 143)")
			.doesNotContain("Stopping")
			.doesNotContain("PID:");
	}

	@Test
	void unitFileIsReadableByEveryoneAndWritableByItsOwner() throws IOException {
		assertThat(installer().install(spec(), false, false)).isEqualTo(CommandResult.OK);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.units.resolve("app.service"))))
			.isEqualTo("rw-r--r--");
	}

	@Test
	void failedControlPointsAtTheLogs() throws IOException {
		Files.writeString(this.units.resolve("app.service"), GENERATED);
		this.failing = "restart";
		assertThat(installer().control(ServiceCommand.RESTART, "app", null)).isEqualTo(CommandResult.FAILED);
		assertThat(printed()).contains("systemctl restart app.service failed").contains("journalctl --user-unit app");
	}

	@Test
	void aNameSystemdKnowsIsRefusedAndNothingIsWritten() {
		this.known.put("app.service", "LoadState=loaded\nFragmentPath=/lib/systemd/system/app.service");
		assertThat(installer().install(spec(), true, true)).isEqualTo(CommandResult.NOT_OURS);
		assertThat(printed()).contains("systemd already has a unit named app.service (/lib/systemd/system/app.service)")
			.contains("--service.name=NAME");
		assertThat(this.units.resolve("app.service")).doesNotExist();
		assertThat(this.calls).isEmpty();
		this.known.clear();
		this.known.put("app.socket", "LoadState=masked\nFragmentPath=");
		assertThat(installer().install(spec("8080"), false, true)).isEqualTo(CommandResult.NOT_OURS);
		assertThat(this.shown).endsWith("app.service", "app.socket");
	}

	@Test
	void unitsSystemdAnalyzeRejectsReplaceNothing() throws IOException {
		assertThat(installer().install(spec("8080"), false, true)).isEqualTo(CommandResult.OK);
		assertThat(this.verified).containsExactly("verify app.socket app.service");
		String installed = Files.readString(this.units.resolve("app.service"));
		this.calls.clear();
		this.verification = new CommandRun(1,
				"/tmp/service-unit-1/app.service: Command /usr/bin/java is not executable");
		assertThat(installer().install(spec(), true, true)).isEqualTo(CommandResult.INVALID);
		assertThat(printed())
			.contains("systemd-analyze verify rejects the unit (/tmp/service-unit-1/app.service: Command "
					+ "/usr/bin/java is not executable). Nothing was installed or changed");
		assertThat(Files.readString(this.units.resolve("app.service"))).isEqualTo(installed);
		assertThat(this.units.resolve("app.socket")).exists();
		assertThat(this.calls).isEmpty();
		this.verification = new CommandRun(Systemctl.NOT_FOUND, "cannot run systemd-analyze: no such file");
		assertThat(installer().install(spec(), true, false)).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("Not verified: cannot run systemd-analyze");
	}

	@Test
	void anExistingStateDirectoryIsNotTakenOver() throws IOException {
		Files.createDirectory(this.state.resolve("app"));
		assertThat(installer().install(spec(), false, true)).isEqualTo(CommandResult.NOT_OURS);
		assertThat(printed()).contains("The state directory " + this.state.resolve("app") + " exists already");
		assertThat(this.units.resolve("app.service")).doesNotExist();
	}

	@Test
	void aUnitTheStarterDidNotWriteIsLeftAlone() throws IOException {
		Files.writeString(this.units.resolve("app.service"), "[Service]\nExecStart=/usr/sbin/sshd\n");
		assertThat(installer().install(spec(), true, true)).isEqualTo(CommandResult.NOT_OURS);
		for (ServiceCommand command : List.of(ServiceCommand.STOP, ServiceCommand.RESTART, ServiceCommand.START)) {
			assertThat(installer().control(command, "app", null)).isEqualTo(CommandResult.NOT_OURS);
		}
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.NOT_OURS);
		assertThat(Files.readString(this.units.resolve("app.service"))).contains("sshd");
		assertThat(this.calls).isEmpty();
		assertThat(printed()).contains("was not written by the service starter, which leaves it alone");
	}

	@Test
	void aForcedReinstallRestartsTheRunningServiceAndPutsTheOldUnitBackWhenRefused() throws IOException {
		assertThat(installer().install(spec(), false, true)).isEqualTo(CommandResult.OK);
		String first = Files.readString(this.units.resolve("app.service"));
		this.calls.clear();
		assertThat(installer().install(spec(), true, true)).isEqualTo(CommandResult.OK);
		assertThat(this.calls).containsExactly("daemon-reload", "enable app.service", "restart app.service");
		assertThat(printed()).contains("Restarted app.service");
		this.failing = "enable";
		SystemdUnitSpec changed = new SystemdUnitSpec("app", "changed",
				List.of("/usr/bin/java", "-jar", "/opt/app.jar"), Path.of("/opt"), false, null, null,
				Duration.ofSeconds(45), Duration.ofSeconds(5), true, 252, Path.of("/var/lib/app"), "8080");
		assertThat(installer().install(changed, true, true)).isEqualTo(CommandResult.FAILED);
		assertThat(Files.readString(this.units.resolve("app.service"))).isEqualTo(first);
		assertThat(this.units.resolve("app.socket")).doesNotExist();
		assertThat(printed()).contains("the units installed before were put back");
	}

	@Test
	void aReinstallWithoutSocketActivationRemovesTheSocketUnit() throws IOException {
		assertThat(installer().install(spec("8080"), false, true)).isEqualTo(CommandResult.OK);
		this.calls.clear();
		assertThat(installer().install(spec(), true, true)).isEqualTo(CommandResult.OK);
		assertThat(this.units.resolve("app.socket")).doesNotExist();
		assertThat(this.calls).containsExactly("daemon-reload", "enable app.service", "stop app.socket",
				"disable app.socket", "daemon-reload", "restart app.service");
	}

	@Test
	void anUpgradeRestartsWithTheNewJarAndRollsBackWhenItDoesNotStart() throws IOException {
		Files.writeString(this.units.resolve("app.service"), GENERATED);
		Path jar = JarReplacementTestJars.jar(this.state.resolve("app.jar"), "1");
		JarReplacement replacement = new JarReplacement(jar);
		Path second = JarReplacementTestJars.jar(this.state.resolve("upload/app-2.jar"), "2");
		assertThat(installer().replaceJar("app", new JarReplacement.Change(replacement, second)))
			.isEqualTo(CommandResult.OK);
		assertThat(JarReplacementTestJars.version(jar)).isEqualTo("2");
		assertThat(this.calls).containsExactly("restart app.service");
		this.calls.clear();
		this.failing = "restart";
		Path third = JarReplacementTestJars.jar(this.state.resolve("upload/app-3.jar"), "3");
		assertThat(installer().replaceJar("app", new JarReplacement.Change(replacement, third)))
			.isEqualTo(CommandResult.FAILED);
		assertThat(JarReplacementTestJars.version(jar)).as("rolled back").isEqualTo("2");
		assertThat(JarReplacementTestJars.version(replacement.previous())).isEqualTo("3");
		assertThat(this.calls).containsExactly("restart app.service", "restart app.service");
		assertThat(printed()).contains("The new jar did not start (refused); rolling back.")
			.contains("did not start either");
	}

	private SystemdServiceInstaller installer() {
		return new SystemdServiceInstaller(this::systemctl, this::analyze, this.units, true,
				(name) -> List.of(this.state.resolve(name)), (name) -> this.state.resolve("cache-" + name),
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private CommandRun analyze(String... arguments) {
		List<String> verified = new ArrayList<>();
		for (int i = 1; i < arguments.length; i++) {
			Path file = Path.of(arguments[i]);
			verified.add(file.getFileName() + (readable(file) ? "" : " (missing)"));
		}
		this.verified.add(arguments[0] + " " + String.join(" ", verified));
		return this.verification;
	}

	private static boolean readable(Path file) {
		try {
			return Files.readString(file).startsWith(SystemdUnitFile.MARKER);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private CommandRun systemctl(String... arguments) {
		String call = String.join(" ", arguments);
		this.calls.add(call);
		if (arguments[0].equals("show") && arguments[2].equals("--property=LoadState,FragmentPath")) {
			this.calls.remove(this.calls.size() - 1);
			this.shown.add(arguments[1]);
			return new CommandRun(0, this.known.getOrDefault(arguments[1], "LoadState=not-found\nFragmentPath="));
		}
		if (arguments[0].equals("show")) {
			return new CommandRun(0, this.showOutput);
		}
		return arguments[0].equals(this.failing) ? new CommandRun(1, "refused") : new CommandRun(0, "");
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	private List<Path> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.units)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	private static final String GENERATED = SystemdUnitFile.render(spec());

	private static SystemdUnitSpec spec() {
		return spec(null);
	}

	private static SystemdUnitSpec cachedSpec(Path cache) {
		StartupCacheUnit startupCache = new StartupCacheUnit(cache, Path.of("/usr/bin/java"), Path.of("/opt/app.jar"),
				"application.jsa", "-XX:SharedArchiveFile=", List.of("/usr/bin/java", "-jar", "/opt/app.jar"),
				Path.of("/var/lib/app/startup-cache-training"));
		return new SystemdUnitSpec("app", "app", List.of("/usr/bin/java", "-jar", "/opt/app.jar"), Path.of("/opt"),
				false, null, null, Duration.ofSeconds(45), Duration.ofSeconds(5), true, 252, Path.of("/var/lib/app"),
				null, startupCache);
	}

	private static SystemdUnitSpec spec(String listenStream) {
		return new SystemdUnitSpec("app", "app", List.of("/usr/bin/java", "-jar", "/opt/app.jar"), Path.of("/opt"),
				false, null, null, Duration.ofSeconds(45), Duration.ofSeconds(5), true, 252, Path.of("/var/lib/app"),
				listenStream);
	}

}
