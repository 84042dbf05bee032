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

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.restarts.RestartJournal;
import io.github.servicestarter.windows.RegistrationSyntax;
import io.github.servicestarter.windows.ScmException;
import io.github.servicestarter.windows.SecurityDescriptor;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.ServiceSid;
import io.github.servicestarter.windows.ServiceStatus;
import io.github.servicestarter.windows.WindowsCommandLine;
import io.github.servicestarter.windows.WindowsSecurity;
import io.github.servicestarter.windows.WindowsServiceSpec;
import org.jspecify.annotations.Nullable;

/**
 * Installs, controls and removes a Windows service through the Service Control Manager:
 * registers it with its description, start type, account, recovery actions (with failure
 * actions on non-crash failures, so that a reported failure restarts it too) and
 * preshutdown timeout; refuses to replace an installed service unless forced, and deletes
 * a half-made registration again.
 *
 * @author Service Starter contributors
 */
final class WindowsServiceInstaller {

	private static final Duration WAIT = Duration.ofMinutes(3);

	private static final long POLL_MILLIS = 250;

	/** Where JNA unpacks its library for the service, inside the state directory. */
	static final String JNA_DIRECTORY = "jna";

	private final ServiceRegistry registry;

	private final @Nullable Path stateDirectory;

	private final WindowsSecurity security;

	private final @Nullable WindowsStartupCache startupCache;

	private final PrintStream out;

	WindowsServiceInstaller(ServiceRegistry registry, @Nullable Path stateDirectory, WindowsSecurity security,
			@Nullable WindowsStartupCache startupCache, PrintStream out) {
		this.registry = registry;
		this.stateDirectory = stateDirectory;
		this.security = security;
		this.startupCache = startupCache;
		this.out = out;
	}

	/**
	 * Install the service.
	 * @param spec the registration, its command line without a start-up cache
	 * @param force whether an installed service of the starter's is replaced
	 * @param start whether it is started
	 * @param cacheRequest the start-up cache to make, or {@code null} for none
	 * @return the exit code
	 */
	int install(WindowsServiceSpec spec, boolean force, boolean start,
			WindowsStartupCache.@Nullable Request cacheRequest) {
		String name = spec.name();
		String foreign = foreignStateDirectory();
		if (foreign != null) {
			return fail(CommandResult.NOT_OURS, foreign);
		}
		if (!mayLogOnAsService(spec.account())) {
			return fail(CommandResult.INVALID, "The account " + spec.account() + " does not hold the \"Log on as a "
					+ "service\" right (SeServiceLogonRight): the service would fail to start with error 1069. Grant it "
					+ "(Local Security Policy, Local Policies, User Rights Assignment, \"Log on as a service\", or by "
					+ "group policy) and install again. Nothing was installed or changed.");
		}
		try {
			if (this.registry.queryState(name).isPresent()) {
				if (!force) {
					return fail(CommandResult.ALREADY_INSTALLED, "The service " + name + " is already installed. "
							+ "Uninstall it first with service:uninstall, or replace it with --service.install.force=true.");
				}
				if (!ours(name)) {
					return fail(CommandResult.NOT_OURS, notOurs(name));
				}
				stopAndWait(name);
				this.registry.reconfigureService(spec);
			}
			else {
				this.registry.createService(spec);
			}
		}
		catch (ScmException ex) {
			return failure(ex, "register the service " + name);
		}
		try {
			for (String setting : this.registry.configureService(spec)) {
				this.out.println("Warning: this Service Control Manager does not support the " + setting
						+ " setting; the service is installed without it.");
			}
		}
		catch (ScmException ex) {
			this.registry.deleteService(name);
			return fail(CommandResult.FAILED, "Could not configure the service " + name + " (" + ex.getMessage()
					+ "); its registration was deleted again.");
		}
		try {
			protectStateDirectory(name);
		}
		catch (IOException ex) {
			this.registry.deleteService(name);
			return fail(CommandResult.FAILED, "Could not restrict access to the state directory " + this.stateDirectory
					+ " (" + ex.getMessage() + "); the service's registration was deleted again.");
		}
		try {
			this.registry.registerEventSource(name);
		}
		catch (ScmException ex) {
			this.out.println("Warning: could not register the event source " + name + " (" + ex.getMessage()
					+ "); its events show in Event Viewer without their text.");
		}
		String binaryPath = spec.binaryPath();
		try {
			binaryPath = startFromCache(name, cacheRequest, binaryPath);
		}
		catch (ScmException ex) {
			this.registry.deleteService(name);
			return fail(CommandResult.FAILED, "Could not give the service " + name + " its start-up cache ("
					+ ex.getMessage() + "); its registration was deleted again.");
		}
		this.out.println("Installed the service " + name + " (" + spec.startType().name().toLowerCase() + " start, "
				+ ((spec.account() != null) ? spec.account() : "LocalSystem") + ")");
		this.out.println("Command: " + binaryPath);
		if (start) {
			return control(ServiceCommand.START, name);
		}
		return CommandResult.OK;
	}

	/**
	 * Make the start-up cache, or remove one a replaced registration had, and have the
	 * service start from it.
	 * @return the command line the service runs
	 */
	private String startFromCache(String name, WindowsStartupCache.@Nullable Request request, String binaryPath) {
		if (this.startupCache == null) {
			return binaryPath;
		}
		if (request == null) {
			removeStartupCache();
			return binaryPath;
		}
		List<String> cached = this.startupCache.prepare(request.command(), request.trainingArguments());
		if (cached == null) {
			return binaryPath;
		}
		String cachedPath = WindowsCommandLine.join(cached);
		try {
			RegistrationSyntax.binaryPath(cachedPath);
		}
		catch (IllegalArgumentException ex) {
			removeStartupCache();
			this.out.println("Startup cache: none (with it " + ex.getMessage() + ")");
			return binaryPath;
		}
		this.registry.changeBinaryPath(name, cachedPath);
		return cachedPath;
	}

	/**
	 * Make a stale start-up cache of a stopped service anew before it starts, and have
	 * the service run what it then holds: the cache, or the jar itself when it could not
	 * be made again. A running service holds the extracted jars open.
	 */
	private void refreshStartupCache(String name) {
		if (this.startupCache == null || settled(name) != ServiceStatus.SERVICE_STOPPED) {
			return;
		}
		List<String> command = this.startupCache.refreshIfStale();
		if (command != null) {
			this.registry.changeBinaryPath(name, WindowsCommandLine.join(command));
		}
	}

	private void removeStartupCache() {
		if (this.startupCache == null) {
			return;
		}
		try {
			this.startupCache.remove();
		}
		catch (IOException ex) {
			this.out.println("Warning: could not remove the start-up cache " + this.startupCache.directory() + " ("
					+ ex.getMessage() + "); the service no longer uses it.");
		}
	}

	/**
	 * A state directory that exists already and is owned by someone other than the
	 * system, the administrators or the installing administrator: someone prepared it,
	 * and could read or change what the service keeps there.
	 * @return the refusal, said for people, or {@code null} when the directory is free or
	 * trusted
	 */
	private @Nullable String foreignStateDirectory() {
		if (this.stateDirectory == null || !Files.exists(this.stateDirectory)) {
			return null;
		}
		String owner = this.security.read(this.stateDirectory).map(SecurityDescriptor::owner).orElse(null);
		if (owner == null || this.security.administrators().contains(owner)) {
			return null;
		}
		return "The state directory " + this.stateDirectory + " exists already and is owned by " + owner
				+ ", not by the system or the administrators; the service starter did not create it. Remove it, or "
				+ "choose another name with --service.name=NAME.";
	}

	/**
	 * Create the state directory and give it an ACL of its own: SYSTEM and the
	 * administrators full control, the service's SID modify, nothing inherited from
	 * ProgramData (whose ACL lets every user create files). Its {@code jna} directory,
	 * where JNA unpacks its library for the service, is as protected.
	 */
	private void protectStateDirectory(String name) throws IOException {
		if (this.stateDirectory == null) {
			return;
		}
		Files.createDirectories(this.stateDirectory);
		this.security.write(this.stateDirectory, SecurityDescriptor.serviceDirectory(ServiceSid.of(name)));
		// Made now, with the directory's inherited ACL: the JVM writes a crash report
		// (-XX:ErrorFile) or a heap dump only into a directory that exists.
		Files.createDirectories(this.stateDirectory.resolve(ServiceIdentity.LOGS_DIRECTORY));
		Files.createDirectories(this.stateDirectory.resolve(ServiceIdentity.DUMPS_DIRECTORY));
		this.out.println("State directory " + this.stateDirectory + ": SYSTEM, Administrators and NT SERVICE\\" + name
				+ " only");
	}

	/**
	 * Whether a named account may run services; the built-in accounts (virtual, local
	 * service, network service, local system) always may. When the right cannot be read,
	 * the install goes on and says so.
	 */
	private boolean mayLogOnAsService(@Nullable String account) {
		if (account == null || account.regionMatches(true, 0, "NT SERVICE\\", 0, 11)
				|| account.equalsIgnoreCase("NT AUTHORITY\\LocalService")
				|| account.equalsIgnoreCase("NT AUTHORITY\\NetworkService")) {
			return true;
		}
		Optional<Boolean> holds = this.security.canLogOnAsService(account);
		if (holds.isEmpty()) {
			this.out.println("Warning: could not read whether " + account + " may log on as a service; if the first "
					+ "start fails with error 1069, grant it the \"Log on as a service\" right.");
		}
		return holds.orElse(true);
	}

	/**
	 * Whether the starter registered the service: its command line names it with
	 * {@code --service.name=}, as every registration {@code service:install} makes does.
	 */
	private boolean ours(String name) {
		return this.registry.queryRegistration(name)
			.map((registration) -> registration.binaryPath()
				.toLowerCase(Locale.ROOT)
				.contains("--service.name=" + name.toLowerCase(Locale.ROOT)))
			.orElse(false);
	}

	private static String notOurs(String name) {
		return "The service " + name + " was not registered by the service starter, which leaves it alone; use sc.exe "
				+ "or the Services console for it, or choose another name with --service.name=NAME.";
	}

	/**
	 * Refuse a command on a service that is not installed, or that the starter did not
	 * register.
	 * @return the refusal's exit code, or empty when the service is the starter's own
	 */
	private OptionalInt refuseMissingOrForeign(String name) {
		if (this.registry.queryState(name).isEmpty()) {
			return OptionalInt.of(fail(CommandResult.NOT_INSTALLED, "The service " + name + " is not installed."));
		}
		return ours(name) ? OptionalInt.empty() : OptionalInt.of(fail(CommandResult.NOT_OURS, notOurs(name)));
	}

	int uninstall(String name) {
		try {
			OptionalInt refused = refuseMissingOrForeign(name);
			if (refused.isPresent()) {
				return refused.getAsInt();
			}
			stopAndWait(name);
			this.registry.deleteService(name);
			this.out.println("Stopped and deleted the service " + name);
			this.registry.deleteEventSource(name);
			this.out.println("Removed its event source " + name + " from the Application event log");
		}
		catch (ScmException ex) {
			return failure(ex, "remove the service " + name);
		}
		this.out.println(removeStateDirectory(name));
		return CommandResult.OK;
	}

	int control(ServiceCommand command, String name) {
		try {
			OptionalInt refused = refuseMissingOrForeign(name);
			if (refused.isPresent()) {
				return refused.getAsInt();
			}
			if (command == ServiceCommand.PAUSE || command == ServiceCommand.CONTINUE) {
				return pauseOrContinue(command, name);
			}
			if (command == ServiceCommand.STOP || command == ServiceCommand.RESTART) {
				stopAndWait(name);
			}
			if (command == ServiceCommand.START || command == ServiceCommand.RESTART) {
				refreshStartupCache(name);
				this.registry.startService(name);
				int state = await(name, ServiceStatus.SERVICE_RUNNING);
				if (state != ServiceStatus.SERVICE_RUNNING) {
					return fail(CommandResult.FAILED, "The service " + name + " did not reach RUNNING (it is "
							+ stateName(state) + "). See its log file and the System event log.");
				}
			}
		}
		catch (ScmException ex) {
			return failure(ex, command.commandName() + " the service " + name);
		}
		this.out.println("The service " + name + " is " + stateName(this.registry.queryState(name).orElse(0)));
		return CommandResult.OK;
	}

	/**
	 * Stop the service, change its jar, start it; put the old jar back when an upgraded
	 * one does not reach RUNNING. Windows cannot replace a file a process has open, hence
	 * the stop first.
	 * @param name the service name
	 * @param change the upgrade or the rollback
	 * @return the exit code
	 */
	int replaceJar(String name, JarReplacement.Change change) {
		try {
			OptionalInt refused = refuseMissingOrForeign(name);
			if (refused.isPresent()) {
				return refused.getAsInt();
			}
			stopAndWait(name);
			try {
				change.apply();
			}
			catch (IOException ex) {
				this.registry.startService(name);
				return fail(CommandResult.INVALID, "Cannot " + change.action() + " the service " + name + ": "
						+ ex.getMessage() + ". It runs the jar it ran before.");
			}
			refreshStartupCache(name);
			this.registry.startService(name);
			if (await(name, ServiceStatus.SERVICE_RUNNING) == ServiceStatus.SERVICE_RUNNING) {
				this.out.println("The service " + name + " is RUNNING with the "
						+ ((change.replacement() != null) ? "new" : "previous") + " jar; the replaced one is kept as "
						+ change.jar().previous());
				return CommandResult.OK;
			}
			if (change.replacement() == null) {
				return fail(CommandResult.FAILED, "The previous jar did not reach RUNNING either. See its log file "
						+ "and the System event log; service:rollback again swaps the jars back.");
			}
			stopAndWait(name);
			change.jar().rollBack();
			refreshStartupCache(name);
			this.registry.startService(name);
			return fail(CommandResult.FAILED,
					"The new jar did not reach RUNNING; rolled back to the previous one, which " + "is "
							+ stateName(await(name, ServiceStatus.SERVICE_RUNNING))
							+ ". The jar that failed is kept as " + change.jar().previous() + ".");
		}
		catch (ScmException ex) {
			return failure(ex, change.action() + " the service " + name);
		}
		catch (IOException ex) {
			return fail(CommandResult.FAILED, "Cannot roll back the service " + name + ": " + ex.getMessage() + ".");
		}
	}

	int status(String name) {
		Optional<ServiceRegistry.Registration> registration = this.registry.queryRegistration(name);
		Optional<Integer> state = this.registry.queryState(name);
		if (registration.isEmpty() || state.isEmpty()) {
			return fail(CommandResult.NOT_INSTALLED, "The service " + name + " is not installed.");
		}
		this.out.println(name + ": " + stateName(state.get()));
		this.out.println("Command: " + registration.get().binaryPath());
		this.out.println("Account: " + registration.get().account());
		this.out.println("Recovery: restart after " + registration.get().restartDelays() + ", on non-crash failures "
				+ registration.get().failureActionsOnNonCrashFailures());
		this.out.println("Log: " + logFile(name, registration.get().binaryPath()) + "; the Service Control Manager's "
				+ "events in the System event log");
		String cache = (this.startupCache != null) ? this.startupCache.describe() : null;
		if (cache != null) {
			this.out.println("Startup cache: " + cache);
		}
		return (state.get() == ServiceStatus.SERVICE_RUNNING) ? CommandResult.OK : CommandResult.NOT_RUNNING;
	}

	/**
	 * Pause or continue, and wait for the state it ends in. The SCM refuses both unless
	 * the service accepts them ({@code service.windows.pause.enabled}) and is in the
	 * state they leave: 1061 (cannot accept the control) or 1052 (not valid for this
	 * service).
	 */
	private int pauseOrContinue(ServiceCommand command, String name) {
		boolean pause = command == ServiceCommand.PAUSE;
		int wanted = pause ? ServiceStatus.SERVICE_PAUSED : ServiceStatus.SERVICE_RUNNING;
		int from = pause ? ServiceStatus.SERVICE_RUNNING : ServiceStatus.SERVICE_PAUSED;
		int state = settled(name);
		if (state == wanted) {
			this.out.println("The service " + name + " is already " + stateName(state));
			return CommandResult.OK;
		}
		if (state != from) {
			return fail(CommandResult.NOT_RUNNING, "The service " + name + " is " + stateName(state) + "; only a "
					+ stateName(from) + " service can be " + (pause ? "paused" : "continued"));
		}
		this.registry.controlService(name,
				pause ? ServiceStatus.SERVICE_CONTROL_PAUSE : ServiceStatus.SERVICE_CONTROL_CONTINUE);
		state = await(name, wanted);
		if (state != wanted) {
			return fail(CommandResult.FAILED, "The service " + name + " did not reach " + stateName(wanted) + " (it is "
					+ stateName(state) + "). See its log file.");
		}
		this.out.println("The service " + name + " is " + stateName(state));
		return CommandResult.OK;
	}

	/**
	 * Stop the service and wait until it has stopped. A stop already under way is waited
	 * for (asking again fails with 1061), as is a pause or a continue under way, which
	 * accepts no control until it ends.
	 */
	private void stopAndWait(String name) {
		int state = settled(name);
		long deadline = System.nanoTime() + WAIT.toNanos();
		OptionalLong processId = this.registry.queryProcessId(name);
		Optional<ProcessHandle> process = processId.isPresent() ? ProcessHandle.of(processId.getAsLong())
				: Optional.empty();
		if (state != ServiceStatus.SERVICE_STOPPED && state != ServiceStatus.SERVICE_STOP_PENDING) {
			this.registry.controlService(name, ServiceStatus.SERVICE_CONTROL_STOP);
		}
		await(name, ServiceStatus.SERVICE_STOPPED);
		// SERVICE_STOPPED comes before the process's exit, and until then it holds its
		// files open (the jar, the library JNA unpacked in the state directory).
		process.ifPresent((running) -> awaitExit(running, deadline));
	}

	private static void awaitExit(ProcessHandle process, long deadline) {
		try {
			process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// Still running at the end of the wait: what needs its files says so.
		}
	}

	/**
	 * The service's state once a pause or a continue under way has ended, or the wait is
	 * over.
	 */
	private int settled(String name) {
		return pollWhile(name, (state) -> state == ServiceStatus.SERVICE_PAUSE_PENDING
				|| state == ServiceStatus.SERVICE_CONTINUE_PENDING);
	}

	/** Wait until the service reaches the state, or stops, or the wait is over. */
	private int await(String name, int wanted) {
		return pollWhile(name, (state) -> state != wanted && state != ServiceStatus.SERVICE_STOPPED);
	}

	/**
	 * Query the service's state until it no longer answers the test, or the wait is over.
	 */
	private int pollWhile(String name, IntPredicate waiting) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		int state = this.registry.queryState(name).orElse(ServiceStatus.SERVICE_STOPPED);
		while (waiting.test(state) && System.nanoTime() < deadline && sleepOnePoll()) {
			state = this.registry.queryState(name).orElse(ServiceStatus.SERVICE_STOPPED);
		}
		return state;
	}

	/** One poll interval; {@code false} when interrupted. */
	private static boolean sleepOnePoll() {
		try {
			Thread.sleep(POLL_MILLIS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Delete the files every start of the service makes for what it prints outside its
	 * log (standard error, the JVM's console logging, and their rotated files) where they
	 * are empty: the service printed nothing there.
	 */
	private static void deleteEmptyStreamFiles(ServiceIdentity identity) throws IOException {
		Path logs = identity.logsDirectory();
		if (!Files.isDirectory(logs)) {
			return;
		}
		List<String> prefixes = List.of(identity.standardErrorFile().getFileName().toString(),
				identity.jvmLogFile().getFileName().toString());
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : files.toList()) {
				String fileName = file.getFileName().toString();
				if (prefixes.stream().anyMatch(fileName::startsWith) && Files.isRegularFile(file)
						&& Files.size(file) == 0) {
					Files.delete(file);
				}
			}
		}
	}

	/**
	 * A directory install made (logs, dumps): removed when empty, kept with what it
	 * holds.
	 */
	private static void deleteIfEmpty(Path directory) throws IOException {
		try {
			Files.deleteIfExists(directory);
		}
		catch (DirectoryNotEmptyException ex) {
			// The service's logs stay, and say so through the state directory left in
			// place.
		}
	}

	private String removeStateDirectory(String name) {
		if (this.stateDirectory == null || !Files.isDirectory(this.stateDirectory)) {
			return "It had no state directory"
					+ ((this.stateDirectory != null) ? " (" + this.stateDirectory + ")" : "");
		}
		try {
			for (Path file : RestartJournal.files(this.stateDirectory)) {
				Files.deleteIfExists(file);
			}
			deleteRecursively(this.stateDirectory.resolve(JNA_DIRECTORY));
			deleteRecursively(this.stateDirectory.resolve(WindowsSecrets.DIRECTORY));
			deleteRecursively(this.stateDirectory.resolve(WindowsStartupCache.DIRECTORY));
			ServiceIdentity identity = new ServiceIdentity(name, null, this.stateDirectory);
			deleteEmptyStreamFiles(identity);
			deleteIfEmpty(identity.logsDirectory());
			deleteIfEmpty(this.stateDirectory.resolve(ServiceIdentity.DUMPS_DIRECTORY));
			Files.delete(this.stateDirectory);
			return "Removed its state directory " + this.stateDirectory
					+ " with the restart journal, its secrets and its start-up cache";
		}
		catch (DirectoryNotEmptyException ex) {
			return "Removed the restart journal, its secrets and its start-up cache; left the state directory "
					+ this.stateDirectory + " in place with what the service wrote there: "
					+ listing(this.stateDirectory);
		}
		catch (IOException ex) {
			return "Left the state directory " + this.stateDirectory + " in place: " + ex.getMessage();
		}
	}

	/**
	 * Where the service logs: the {@code logging.file.name} (or
	 * {@code logging.file.path}) of its command line, else the file the starter gives a
	 * service without a log file of its own, unless the application's own configuration
	 * names one.
	 */
	private String logFile(String name, String binaryPath) {
		for (String setting : List.of("--logging.file.name=", "--logging.file.path=")) {
			int start = binaryPath.indexOf(setting);
			if (start >= 0) {
				boolean quoted = start > 0 && binaryPath.charAt(start - 1) == '"';
				int end = binaryPath.indexOf(quoted ? '"' : ' ', start);
				String value = binaryPath.substring(start + setting.length(), (end < 0) ? binaryPath.length() : end);
				return setting.contains("path") ? value + "\\spring.log" : value;
			}
		}
		return (this.stateDirectory != null)
				? new ServiceIdentity(name, null, this.stateDirectory).defaultLogFile()
						+ " (unless the application's configuration sets logging.file.name)"
				: "the file set with logging.file.name";
	}

	/**
	 * Delete a directory and what it holds, read-only files too: Windows refuses to
	 * delete a file with the read-only attribute, which the JVM gives the class data
	 * archives it writes.
	 * @param directory the directory
	 * @throws IOException if something cannot be deleted
	 */
	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				file.toFile().setWritable(true);
				Files.delete(file);
			}
		}
	}

	private static String listing(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().collect(Collectors.joining(", "));
		}
		catch (IOException ex) {
			return "(cannot list: " + ex.getMessage() + ")";
		}
	}

	private int failure(ScmException ex, String action) {
		if (ex.getErrorCode() == ServiceRegistry.ERROR_ACCESS_DENIED) {
			return fail(CommandResult.NO_PERMISSION, "Could not " + action + ": access denied. Run the command in "
					+ "an administrator prompt (Run as administrator).");
		}
		return fail(CommandResult.FAILED, "Could not " + action + " (" + ex.getMessage() + ").");
	}

	private static String stateName(int state) {
		return switch (state) {
			case ServiceStatus.SERVICE_STOPPED -> "STOPPED";
			case ServiceStatus.SERVICE_START_PENDING -> "START_PENDING";
			case ServiceStatus.SERVICE_STOP_PENDING -> "STOP_PENDING";
			case ServiceStatus.SERVICE_RUNNING -> "RUNNING";
			case ServiceStatus.SERVICE_CONTINUE_PENDING -> "CONTINUE_PENDING";
			case ServiceStatus.SERVICE_PAUSE_PENDING -> "PAUSE_PENDING";
			case ServiceStatus.SERVICE_PAUSED -> "PAUSED";
			default -> "in state " + state;
		};
	}

	private int fail(int code, String message) {
		this.out.println(message);
		return code;
	}

}
