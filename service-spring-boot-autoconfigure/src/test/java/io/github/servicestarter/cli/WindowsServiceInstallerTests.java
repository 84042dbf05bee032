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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.servicestarter.launch.StartupCacheLauncher;
import io.github.servicestarter.windows.ScmException;
import io.github.servicestarter.windows.SecurityDescriptor;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.ServiceSid;
import io.github.servicestarter.windows.ServiceStatus;
import io.github.servicestarter.windows.WindowsCommandLine;
import io.github.servicestarter.windows.WindowsSecurity;
import io.github.servicestarter.windows.WindowsServiceSpec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WindowsServiceInstaller}.
 */
class WindowsServiceInstallerTests {

	@TempDir
	Path stateDirectory;

	private final FakeRegistry registry = new FakeRegistry();

	private final FakeWindowsSecurity security = new FakeWindowsSecurity();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void installCreatesConfiguresAndStarts() {
		assertThat(installer().install(spec(), false, true, null)).isEqualTo(CommandResult.OK);
		assertThat(this.registry.calls).containsExactly("query app", "create app", "configure app",
				"register event source app", "query app", "start app", "query app", "query app");
		assertThat(printed()).contains("Installed the service app (delayed_auto start, NT SERVICE\\app)",
				"The service app is RUNNING");
	}

	@Test
	void installedServiceIsNotReplacedUnlessForced() {
		this.registry.states.put("app", ServiceStatus.SERVICE_RUNNING);
		assertThat(installer().install(spec(), false, false, null)).isEqualTo(CommandResult.ALREADY_INSTALLED);
		assertThat(this.registry.calls).containsExactly("query app");
		assertThat(installer().install(spec(), true, false, null)).isEqualTo(CommandResult.OK);
		// Reconfigured, not deleted and created again: a deleted service stays "marked
		// for deletion" (1072) while any program holds it open, the Services console for
		// one.
		assertThat(this.registry.calls).containsSubsequence("stop app", "reconfigure app", "configure app")
			.doesNotContain("delete app", "create app");
	}

	@Test
	void aConfigurationTheScmRefusesIsRolledBack() {
		this.registry.failing = "configure";
		assertThat(installer().install(spec(), false, true, null)).isEqualTo(CommandResult.FAILED);
		assertThat(this.registry.calls).endsWith("configure app", "delete app");
		assertThat(this.registry.states).doesNotContainKey("app");
		assertThat(printed()).contains("its registration was deleted again");
	}

	@Test
	void withoutAdministratorRightsSaysSo() {
		this.registry.failing = "create";
		this.registry.error = ServiceRegistry.ERROR_ACCESS_DENIED;
		assertThat(installer().install(spec(), false, true, null)).isEqualTo(CommandResult.NO_PERMISSION);
		assertThat(printed()).contains("access denied").contains("Run as administrator");
	}

	@Test
	void uninstallStopsWaitsDeletesAndRemovesTheJournal() throws Exception {
		this.registry.states.put("app", ServiceStatus.SERVICE_RUNNING);
		Files.writeString(this.stateDirectory.resolve("restart-journal.properties"), "format=1");
		Files.writeString(this.stateDirectory.resolve("restart-journal.lock"), "");
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(this.registry.calls).containsSubsequence("stop app", "query app", "delete app",
				"delete event source app");
		assertThat(this.stateDirectory).doesNotExist();
		assertThat(printed()).contains("Stopped and deleted the service app",
				"Removed its event source app from the Application event log",
				"Removed its state directory " + this.stateDirectory + " with the restart journal");
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.NOT_INSTALLED);
	}

	@Test
	void installWithAStartupCacheRegistersTheCommandThatStartsFromItAndUninstallRemovesIt() throws Exception {
		List<String> command = installedCommand();
		WindowsServiceInstaller installer = installer(new WindowsStartupCacheTests.FakeSteps());
		assertThat(installer.install(spec(), false, false, new WindowsStartupCache.Request(command, List.of())))
			.isEqualTo(CommandResult.OK);
		assertThat(this.registry.calls).containsSubsequence("configure app", "register event source app",
				"change command app");
		assertThat(this.registry.binaryPaths.get("app")).contains(StartupCacheLauncher.class.getName())
			.doesNotContain("-jar");
		assertThat(printed()).contains("Command: " + this.registry.binaryPaths.get("app"));
		assertThat(this.stateDirectory.resolve("startup-cache/extracted/application.jar")).exists();
		assertThat(installer.uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(this.stateDirectory).doesNotExist();
		assertThat(printed()).contains("with the restart journal, its secrets and its start-up cache");
	}

	@Test
	void aStartAfterTheJarChangedMakesTheCacheAnewFirstAndATrainingRunThatFailsStartsTheJarItself() throws Exception {
		List<String> command = installedCommand();
		WindowsStartupCacheTests.FakeSteps steps = new WindowsStartupCacheTests.FakeSteps();
		WindowsServiceInstaller installer = installer(steps);
		installer.install(spec(), false, false, new WindowsStartupCache.Request(command, List.of()));
		String cached = this.registry.binaryPaths.get("app");
		this.registry.calls.clear();
		assertThat(installer.control(ServiceCommand.START, "app")).isEqualTo(CommandResult.OK);
		assertThat(this.registry.calls).doesNotContain("change command app");
		assertThat(steps.commands).hasSize(3);
		Path jar = Path.of(command.get(2));
		Files.writeString(jar, "version 2, longer");
		assertThat(installer.control(ServiceCommand.RESTART, "app")).isEqualTo(CommandResult.OK);
		assertThat(steps.commands).hasSize(6);
		assertThat(this.registry.calls).containsSubsequence("stop app", "change command app", "start app");
		assertThat(this.registry.binaryPaths.get("app")).isEqualTo(cached);
		Files.writeString(jar, "version 3, longer still");
		steps.failing = 1;
		assertThat(installer.control(ServiceCommand.RESTART, "app")).isEqualTo(CommandResult.OK);
		assertThat(this.registry.binaryPaths.get("app")).isEqualTo(WindowsCommandLine.join(command));
		assertThat(printed()).contains("Startup cache: the jar changed since the cache was made; making it anew",
				"Startup cache: none (the training run failed (exit status 1)");
	}

	@Test
	void uninstallSaysWhatItLeftAndWhy() throws Exception {
		this.registry.states.put("app", ServiceStatus.SERVICE_STOPPED);
		Files.writeString(this.stateDirectory.resolve("restart-journal.properties"), "format=1");
		Files.writeString(this.stateDirectory.resolve("restart-journal.properties.corrupt-1"), "?");
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("left the state directory " + this.stateDirectory
				+ " in place with what the service wrote there: restart-journal.properties.corrupt-1");
		assertThat(this.stateDirectory.resolve("restart-journal.properties")).doesNotExist();
	}

	@Test
	@DisabledOnOs(OS.WINDOWS)
	void uninstallWaitsForTheServicesProcessToExitAfterItReportedStopped() throws Exception {
		Process serviceProcess = new ProcessBuilder("sleep", "60").start();
		try {
			this.registry.states.put("app", ServiceStatus.SERVICE_RUNNING);
			this.registry.processId = serviceProcess.pid();
			// As on Windows: SERVICE_STOPPED first, the process's exit a moment later.
			this.registry.onStop = () -> CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)
				.execute(serviceProcess::destroy);
			assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
			assertThat(serviceProcess.isAlive()).as("the service's process when uninstall returned").isFalse();
		}
		finally {
			serviceProcess.destroyForcibly();
		}
	}

	@Test
	void uninstallDeletesTheStreamFilesTheServicePrintedNothingToAndKeepsTheRest() throws Exception {
		this.registry.states.put("app", ServiceStatus.SERVICE_STOPPED);
		Path logs = Files.createDirectories(this.stateDirectory.resolve("logs"));
		Files.writeString(logs.resolve("app.err.log"), "");
		Files.writeString(logs.resolve("app.jvm.log"), "");
		Files.writeString(logs.resolve("app.jvm.log.0"), "[0.5s][warning][os] a warning");
		Files.writeString(logs.resolve("other.jvm.log"), "");
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(logs.resolve("app.err.log")).doesNotExist();
		assertThat(logs.resolve("app.jvm.log")).doesNotExist();
		assertThat(logs.resolve("app.jvm.log.0")).exists();
		assertThat(logs.resolve("other.jvm.log")).exists();
		assertThat(printed()).contains("with what the service wrote there: logs");
		Files.delete(logs.resolve("app.jvm.log.0"));
		Files.delete(logs.resolve("other.jvm.log"));
		Files.writeString(logs.resolve("app.err.log"), "");
		this.registry.states.put("app", ServiceStatus.SERVICE_STOPPED);
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(this.stateDirectory).doesNotExist();
	}

	@Test
	void eventSourceThatCannotBeRegisteredIsAWarning() {
		this.registry.failing = "register event source";
		assertThat(installer().install(spec(), false, false, null)).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("could not register the event source app");
	}

	@Test
	void settingsTheScmDoesNotKnowAreWarningsNotFailures() {
		this.registry.unsupported = List.of("delayed automatic start");
		assertThat(installer().install(spec(), false, false, null)).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("does not support the delayed automatic start setting");
	}

	@Test
	void startThatEndsStoppedIsAFailure() {
		this.registry.states.put("app", ServiceStatus.SERVICE_STOPPED);
		this.registry.startEndsIn = ServiceStatus.SERVICE_STOPPED;
		assertThat(installer().control(ServiceCommand.START, "app")).isEqualTo(CommandResult.FAILED);
		assertThat(printed()).contains("did not reach RUNNING (it is STOPPED)");
	}

	@Test
	void pauseAndContinueWaitForTheStateTheyEndIn() {
		this.registry.states.put("app", ServiceStatus.SERVICE_RUNNING);
		assertThat(installer().control(ServiceCommand.PAUSE, "app")).isEqualTo(CommandResult.OK);
		assertThat(installer().control(ServiceCommand.PAUSE, "app")).isEqualTo(CommandResult.OK);
		assertThat(installer().control(ServiceCommand.CONTINUE, "app")).isEqualTo(CommandResult.OK);
		assertThat(this.registry.calls).filteredOn((call) -> !call.startsWith("query"))
			.containsExactly("pause app", "continue app");
		assertThat(printed()).contains("The service app is PAUSED", "The service app is already PAUSED",
				"The service app is RUNNING");
	}

	@Test
	void aStoppedServiceIsNeitherPausedNorContinued() {
		this.registry.states.put("app", ServiceStatus.SERVICE_STOPPED);
		assertThat(installer().control(ServiceCommand.PAUSE, "app")).isEqualTo(CommandResult.NOT_RUNNING);
		assertThat(installer().control(ServiceCommand.CONTINUE, "app")).isEqualTo(CommandResult.NOT_RUNNING);
		assertThat(printed()).contains("The service app is STOPPED; only a RUNNING service can be paused",
				"only a PAUSED service can be continued");
		assertThat(this.registry.calls).allMatch((call) -> call.startsWith("query"));
	}

	@Test
	void aStopUnderWayIsWaitedForNotAskedForAgain() {
		// Microsoft: ControlService(SERVICE_CONTROL_STOP) on a STOP_PENDING service fails
		// with ERROR_SERVICE_CANNOT_ACCEPT_CTRL (1061).
		this.registry.states.put("app", ServiceStatus.SERVICE_STOP_PENDING);
		this.registry.stopPendingEndsAfterQueries = 3;
		assertThat(installer().control(ServiceCommand.STOP, "app")).isEqualTo(CommandResult.OK);
		assertThat(this.registry.calls).doesNotContain("stop app");
		assertThat(printed()).contains("The service app is STOPPED");
	}

	@Test
	void theStateDirectoryGetsAnAclOfItsOwn() {
		// What Wine cannot show: it keeps no owner and no entry for another SID (it maps
		// an ACL to Unix modes). Microsoft: SetFileSecurityW with
		// PROTECTED_DACL_SECURITY_INFORMATION.
		assertThat(installer().install(spec(), false, false, null)).isEqualTo(CommandResult.OK);
		assertThat(this.security.written).containsExactly(this.stateDirectory + " O:BAG:SYD:PAI(A;OICI;FA;;;SY)"
				+ "(A;OICI;FA;;;BA)(A;OICI;0x1301bf;;;" + ServiceSid.of("app") + ")");
		assertThat(printed()).contains("SYSTEM, Administrators and NT SERVICE\\app only");
	}

	@Test
	void aStateDirectorySomeoneElseMadeIsRefusedBeforeAnythingIsRegistered() {
		this.security.owners.put(this.stateDirectory, "S-1-5-21-1-2-3-1001");
		assertThat(installer().install(spec(), false, false, null)).isEqualTo(CommandResult.NOT_OURS);
		assertThat(printed()).contains("exists already and is owned by S-1-5-21-1-2-3-1001");
		assertThat(this.registry.calls).isEmpty();
		assertThat(this.security.written).isEmpty();
		this.security.owners.put(this.stateDirectory, SecurityDescriptor.ADMINISTRATORS);
		assertThat(installer().install(spec(), false, false, null)).isEqualTo(CommandResult.OK);
	}

	@Test
	void uninstallRemovesTheLibraryJnaUnpackedForTheService() throws Exception {
		installer().install(spec(), false, false, null);
		Files.createDirectories(this.stateDirectory.resolve("jna/x"));
		Files.writeString(this.stateDirectory.resolve("jna/x/jnidispatch.dll"), "dll");
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.OK);
		assertThat(this.stateDirectory).doesNotExist();
	}

	@Test
	void aServiceTheStarterDidNotRegisterIsLeftAlone() {
		this.registry.states.put("app", ServiceStatus.SERVICE_RUNNING);
		this.registry.binaryPaths.put("app", "C:\\Windows\\System32\\svchost.exe -k netsvcs");
		assertThat(installer().install(spec(), true, false, null)).isEqualTo(CommandResult.NOT_OURS);
		assertThat(installer().uninstall("app")).isEqualTo(CommandResult.NOT_OURS);
		assertThat(installer().control(ServiceCommand.STOP, "app")).isEqualTo(CommandResult.NOT_OURS);
		assertThat(this.registry.calls).doesNotContain("stop app", "delete app");
		assertThat(this.registry.states).containsEntry("app", ServiceStatus.SERVICE_RUNNING);
		assertThat(printed()).contains("was not registered by the service starter, which leaves it alone");
	}

	@Test
	void aNamedAccountWithoutTheRightToLogOnAsAServiceIsRefused() {
		// What Wine cannot show: it has no account rights (LsaEnumerateAccountRights).
		// Microsoft: an account without SeServiceLogonRight makes StartService fail with
		// error 1069.
		this.security.logOnAsService = Optional.of(false);
		assertThat(installer().install(spec("DOMAIN\\svc$"), false, false, null)).isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("DOMAIN\\svc$ does not hold the \"Log on as a service\" right");
		assertThat(this.registry.calls).isEmpty();
		this.security.logOnAsService = Optional.empty();
		assertThat(installer().install(spec("DOMAIN\\svc$"), false, false, null)).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("could not read whether DOMAIN\\svc$ may log on as a service");
		this.security.logOnAsService = Optional.of(false);
		this.output.reset();
		assertThat(installer().install(spec("NT AUTHORITY\\LocalService"), true, false, null))
			.isEqualTo(CommandResult.OK);
		assertThat(this.security.asked).containsExactly("DOMAIN\\svc$", "DOMAIN\\svc$");
	}

	private WindowsServiceInstaller installer(WindowsStartupCache.Steps steps) {
		PrintStream out = new PrintStream(this.output, true, StandardCharsets.UTF_8);
		return new WindowsServiceInstaller(this.registry, this.stateDirectory, this.security,
				new WindowsStartupCache(this.stateDirectory, "app", 17, this.security, steps, out), out);
	}

	/** A command line whose jar and JVM exist, for a start-up cache's key. */
	private List<String> installedCommand() throws IOException {
		Path jar = Files.writeString(this.stateDirectory.resolveSibling("app.jar"), "version 1");
		Path javaHome = Path.of(System.getProperty("java.home"));
		return List.of(javaHome.resolve("bin/java").toString(), "-jar", jar.toString(), "--service.name=app");
	}

	private WindowsServiceInstaller installer() {
		return new WindowsServiceInstaller(this.registry, this.stateDirectory, this.security, null,
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	private static WindowsServiceSpec spec() {
		return spec("NT SERVICE\\app");
	}

	private static WindowsServiceSpec spec(String account) {
		return new WindowsServiceSpec("app", "app", "app (Spring Boot service)", "java -jar app.jar --service.name=app",
				WindowsServiceSpec.StartType.DELAYED_AUTO, account, List.of(Duration.ofSeconds(5)), Duration.ofDays(1),
				Duration.ofSeconds(45));
	}

	/**
	 * Owners as configured, the installing administrator as the current user; records the
	 * descriptors written.
	 */
	static final class FakeWindowsSecurity implements WindowsSecurity {

		final Map<Path, String> owners = new HashMap<>();

		final List<String> written = new ArrayList<>();

		final List<String> asked = new ArrayList<>();

		Optional<Boolean> logOnAsService = Optional.of(true);

		@Override
		public Optional<SecurityDescriptor> read(Path path) {
			return Optional.of(new SecurityDescriptor(this.owners.getOrDefault(path, "S-1-5-21-1-2-3-500"), List.of()));
		}

		@Override
		public void write(Path path, String sddl) {
			this.written.add(path + " " + sddl);
		}

		@Override
		public Optional<String> currentUser() {
			return Optional.of("S-1-5-21-1-2-3-500");
		}

		@Override
		public Optional<Boolean> canLogOnAsService(String account) {
			this.asked.add(account);
			return this.logOnAsService;
		}

	}

	/**
	 * Registry whose services change state at once, as if the SCM were instantaneous.
	 */
	static final class FakeRegistry implements ServiceRegistry {

		final List<String> calls = new ArrayList<>();

		final Map<String, Integer> states = new HashMap<>();

		final Map<String, String> binaryPaths = new HashMap<>();

		String failing = "";

		int error = 1072;

		int startEndsIn = ServiceStatus.SERVICE_RUNNING;

		/** How many more queries a STOP_PENDING service answers before it has stopped. */
		int stopPendingEndsAfterQueries;

		List<String> unsupported = List.of();

		/** The process the services run in, when a test gives one. */
		@Nullable Long processId;

		/** What happens when a service is told to stop, after it has reported STOPPED. */
		Runnable onStop = () -> {
		};

		@Override
		public void createService(WindowsServiceSpec spec) {
			call("create", spec.name());
			this.states.put(spec.name(), ServiceStatus.SERVICE_STOPPED);
		}

		@Override
		public List<String> configureService(WindowsServiceSpec spec) {
			call("configure", spec.name());
			return this.unsupported;
		}

		@Override
		public void registerEventSource(String name) {
			call("register event source", name);
		}

		@Override
		public void deleteEventSource(String name) {
			call("delete event source", name);
		}

		@Override
		public void deleteService(String name) {
			call("delete", name);
			this.states.remove(name);
		}

		@Override
		public void reconfigureService(WindowsServiceSpec spec) {
			call("reconfigure", spec.name());
		}

		@Override
		public void changeBinaryPath(String name, String binaryPath) {
			call("change command", name);
			this.binaryPaths.put(name, binaryPath);
		}

		@Override
		public void startService(String name) {
			call("start", name);
			this.states.put(name, this.startEndsIn);
		}

		@Override
		public void controlService(String name, int control) {
			switch (control) {
				case ServiceStatus.SERVICE_CONTROL_STOP -> {
					call("stop", name);
					this.states.put(name, ServiceStatus.SERVICE_STOPPED);
					this.onStop.run();
				}
				case ServiceStatus.SERVICE_CONTROL_PAUSE -> {
					call("pause", name);
					this.states.put(name, ServiceStatus.SERVICE_PAUSED);
				}
				case ServiceStatus.SERVICE_CONTROL_CONTINUE -> {
					call("continue", name);
					this.states.put(name, ServiceStatus.SERVICE_RUNNING);
				}
				default -> throw new IllegalArgumentException("control " + control);
			}
		}

		@Override
		public Optional<Integer> queryState(String name) {
			this.calls.add("query " + name);
			Integer state = this.states.get(name);
			if (state != null && state == ServiceStatus.SERVICE_STOP_PENDING
					&& --this.stopPendingEndsAfterQueries < 0) {
				this.states.put(name, ServiceStatus.SERVICE_STOPPED);
			}
			return Optional.ofNullable(state);
		}

		@Override
		public OptionalLong queryProcessId(String name) {
			return (this.processId != null && this.states.containsKey(name)) ? OptionalLong.of(this.processId)
					: OptionalLong.empty();
		}

		@Override
		public Optional<Registration> queryRegistration(String name) {
			// Registered by the starter unless a test says otherwise.
			return Optional
				.ofNullable(this.states.containsKey(name)
						? this.binaryPaths.getOrDefault(name, "java -jar app.jar --service.name=" + name) : null)
				.map((binaryPath) -> new Registration(binaryPath, 2, null, name, null, List.of(), Duration.ZERO, false,
						false, Duration.ZERO));
		}

		private void call(String call, String name) {
			this.calls.add(call + " " + name);
			if (call.equals(this.failing)) {
				throw new ScmException(call, this.error);
			}
		}

	}

}
