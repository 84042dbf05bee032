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
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.servicestarter.manager.CommandRun;
import io.github.servicestarter.manager.ServiceUnitName;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.systemd.StartupCacheUnit;
import io.github.servicestarter.systemd.SystemdUnitFile;
import io.github.servicestarter.systemd.SystemdUnitSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;

/**
 * Installs, controls and removes a service under systemd: writes the unit atomically,
 * reloads systemd, enables and starts it; refuses to replace an installed unit unless
 * forced, and leaves nothing behind when a step fails.
 *
 * @author Service Starter contributors
 */
final class SystemdServiceInstaller {

	private static final Set<PosixFilePermission> UNIT_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

	private static final Set<PosixFilePermission> CACHE_DIRECTORY_PERMISSIONS = PosixFilePermissions
		.fromString("rwxr-xr-x");

	private final Systemctl systemctl;

	private final Systemctl analyze;

	private final Path unitDirectory;

	private final boolean user;

	private final Function<String, List<Path>> stateDirectories;

	private final Function<String, Path> cacheDirectory;

	private final PrintStream out;

	/**
	 * Create an installer.
	 * @param systemctl the manager's systemctl
	 * @param analyze its systemd-analyze, which verifies a unit before it is installed
	 * @param unitDirectory where the units are written
	 * @param user whether the units are the user's manager's
	 * @param stateDirectories the state directories {@code StateDirectory=<name>} gives a
	 * service of a name, which must not exist before it is installed
	 * @param cacheDirectory the start-up cache directory of a service of a name
	 * @param out where to print
	 */
	SystemdServiceInstaller(Systemctl systemctl, Systemctl analyze, Path unitDirectory, boolean user,
			Function<String, List<Path>> stateDirectories, Function<String, Path> cacheDirectory, PrintStream out) {
		this.systemctl = systemctl;
		this.analyze = analyze;
		this.unitDirectory = unitDirectory;
		this.user = user;
		this.stateDirectories = stateDirectories;
		this.cacheDirectory = cacheDirectory;
		this.out = out;
	}

	int install(SystemdUnitSpec spec, boolean force, boolean start) {
		String unit = spec.serviceUnit();
		Path file = this.unitDirectory.resolve(unit);
		Path socketFile = this.unitDirectory.resolve(spec.socketUnit());
		Optional<String> previous = read(file);
		if (previous.isPresent() && !SystemdUnitFile.isGenerated(previous.get())) {
			return fail(CommandResult.NOT_OURS,
					file + " was not written by the service starter, which leaves it alone. "
							+ "Choose another name with --service.name=NAME.");
		}
		if (previous.isPresent() && !force) {
			return fail(CommandResult.ALREADY_INSTALLED, unit + " is already installed (" + file
					+ "). Uninstall it first with service:uninstall, or replace it with --service.install.force=true.");
		}
		if (previous.isEmpty()) {
			String taken = taken(spec);
			if (taken != null) {
				return fail(CommandResult.NOT_OURS, taken + " Choose another name with --service.name=NAME.");
			}
		}
		Optional<String> previousSocket = read(socketFile);
		if (previousSocket.isPresent() && !SystemdUnitFile.isGenerated(previousSocket.get())) {
			return fail(CommandResult.NOT_OURS, socketFile + " was not written by the service starter, which leaves "
					+ "it alone. Choose another name with --service.name=NAME.");
		}
		Map<Path, String> files = new LinkedHashMap<>();
		if (spec.listenStream() != null) {
			files.put(socketFile, SystemdUnitFile.renderSocket(spec));
		}
		files.put(file, SystemdUnitFile.render(spec));
		String rejected = verify(files);
		if (rejected != null) {
			return fail(CommandResult.INVALID, "systemd-analyze verify rejects the unit (" + rejected
					+ "). Nothing was " + "installed or changed; service:unit prints the unit.");
		}
		Map<Path, Optional<String>> replaced = new LinkedHashMap<>();
		replaced.put(socketFile, previousSocket);
		replaced.put(file, previous);
		try {
			prepareStartupCache(spec);
		}
		catch (IOException ex) {
			return fail(CommandResult.NO_PERMISSION,
					"Cannot prepare the start-up cache directory " + this.cacheDirectory.apply(spec.name()) + " ("
							+ ex.getMessage() + "). Nothing was installed or "
							+ "changed; install without it with --service.install.startup-cache=false.");
		}
		List<String> units = files.keySet().stream().map((path) -> path.getFileName().toString()).toList();
		for (Map.Entry<Path, String> written : files.entrySet()) {
			try {
				write(written.getKey(), written.getValue());
			}
			catch (IOException ex) {
				restore(replaced);
				removeNewStartupCache(spec, previous);
				return fail(CommandResult.NO_PERMISSION,
						"Cannot write the unit file " + written.getKey() + " (" + ex.getMessage() + "). Check that "
								+ this.unitDirectory + " is writable by this user"
								+ (this.user ? "." : ", or install a user unit with --service.install.user=true."));
			}
			this.out.println("Wrote " + written.getKey());
		}
		CommandRun enabled = this.systemctl.run("daemon-reload");
		if (enabled.ok()) {
			enabled = this.systemctl.run(arguments("enable", units));
		}
		if (!enabled.ok()) {
			restore(replaced);
			removeNewStartupCache(spec, previous);
			this.systemctl.run("daemon-reload");
			return fail(CommandResult.FAILED,
					"systemd did not accept " + String.join(" and ", units) + " (" + enabled.output() + "); "
							+ (previous.isPresent() ? "the units installed before were put back."
									: "the unit files were removed again."));
		}
		if (previousSocket.isPresent() && spec.listenStream() == null) {
			removeSocketNoLongerWanted(spec.socketUnit(), socketFile);
		}
		this.out.println("Enabled " + String.join(" and ", units)
				+ (this.user ? " (starts when the user's manager starts)" : " (starts at boot)"));
		if (start) {
			// A replaced unit may be running: restart applies the new definition, start
			// would not.
			CommandRun started = this.systemctl.run(arguments(previous.isPresent() ? "restart" : "start", units));
			if (!started.ok()) {
				return fail(CommandResult.FAILED, unit + " is installed but did not start (" + started.output()
						+ "). See " + logs(spec.name()) + ".");
			}
			if (spec.listenStream() != null) {
				this.out.println("Started " + spec.socketUnit() + ": listening on " + spec.listenStream());
			}
			this.out.println((previous.isPresent() ? "Restarted " : "Started ") + unit + ": it reported READY=1");
			if (spec.startupCache() != null) {
				this.out.println("Startup cache: " + startupCache(spec.name()).description());
			}
		}
		else if (spec.startupCache() != null) {
			this.out.println("Startup cache: prepared at the first start (a training run before it)");
		}
		this.out.println("Logs: " + logs(spec.name()));
		return CommandResult.OK;
	}

	/**
	 * Make the cache directory, readable by the service and written by root only, and
	 * have the next start prepare the cache for this unit's JVM options; remove a cache
	 * the unit no longer keeps.
	 */
	private void prepareStartupCache(SystemdUnitSpec spec) throws IOException {
		Path directory = this.cacheDirectory.apply(spec.name());
		StartupCacheUnit cache = spec.startupCache();
		if (cache == null) {
			FileSystemUtils.deleteRecursively(directory);
			return;
		}
		Files.createDirectories(directory);
		Files.setPosixFilePermissions(directory, CACHE_DIRECTORY_PERMISSIONS);
		// Made for other options, perhaps: the next start prepares it again.
		Files.deleteIfExists(directory.resolve("key"));
		write(cache.environmentFile(), cache.pendingEnvironment());
	}

	/**
	 * Remove the cache directory an install that failed made; a replaced unit keeps its
	 * own.
	 */
	private void removeNewStartupCache(SystemdUnitSpec spec, Optional<String> previous) {
		if (previous.isEmpty() && spec.startupCache() != null) {
			FileSystemUtils.deleteRecursively(this.cacheDirectory.apply(spec.name()).toFile());
		}
	}

	/**
	 * Return the service's start-up cache: what its environment file says, and whether
	 * the running service's JVM mapped the archive; for a service that does not run, the
	 * file's word.
	 */
	private StartupCacheUse startupCache(String name) {
		Path file = this.cacheDirectory.apply(name).resolve(StartupCacheUnit.ENVIRONMENT_FILE);
		Map<String, String> variables = StartupCacheUse.readEnvironmentFile(file);
		Optional<Long> pid = mainPid(ServiceUnitName.of(name));
		if (pid.isPresent()) {
			try (Stream<String> maps = Files.lines(Path.of("/proc", pid.get().toString(), "maps"),
					StandardCharsets.ISO_8859_1)) {
				return StartupCacheUse.of(variables::get, maps);
			}
			catch (IOException | UncheckedIOException ex) {
				// Gone, or not allowed to look: the file's word.
			}
		}
		return StartupCacheUse.claimed(variables::get);
	}

	/**
	 * What already goes by the service's name without the starter having written it: a
	 * unit systemd knows (a distribution's unit, an alias, one in {@code /run} or
	 * {@code /usr/lib}), or a state directory that {@code StateDirectory=} would take
	 * over, changing its owner, and that uninstall would delete.
	 * @return what takes the name, said for people, or {@code null} when it is free
	 */
	private @Nullable String taken(SystemdUnitSpec spec) {
		for (String unit : (spec.listenStream() != null) ? List.of(spec.serviceUnit(), spec.socketUnit())
				: List.of(spec.serviceUnit())) {
			Map<String, String> shown = show(unit, "LoadState,FragmentPath");
			String loadState = shown.getOrDefault("LoadState", "");
			if (!loadState.isEmpty() && !loadState.equals("not-found")) {
				return "systemd already has a unit named " + unit + " (" + shown.getOrDefault("FragmentPath", loadState)
						+ "), which the service starter did not write and leaves alone.";
			}
		}
		for (Path directory : this.stateDirectories.apply(spec.name())) {
			if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
				return "The state directory " + directory + " exists already; the service starter did not create it, "
						+ "and StateDirectory= would take it over.";
			}
		}
		Path cache = this.cacheDirectory.apply(spec.name());
		if (spec.startupCache() != null && Files.exists(cache, LinkOption.NOFOLLOW_LINKS)) {
			return "The start-up cache directory " + cache + " exists already; the service starter did not create it, "
					+ "and would replace what it holds.";
		}
		return null;
	}

	/**
	 * Have systemd read the units before they replace anything: written into a directory
	 * of their own, checked with {@code systemd-analyze verify}.
	 * @return what systemd-analyze said against them, or {@code null} when it accepts
	 * them
	 */
	private @Nullable String verify(Map<Path, String> files) {
		Path directory = null;
		try {
			directory = Files.createTempDirectory("service-unit-");
			List<String> arguments = new ArrayList<>(List.of("verify"));
			for (Map.Entry<Path, String> file : files.entrySet()) {
				Path copy = directory.resolve(file.getKey().getFileName());
				Files.writeString(copy, file.getValue(), StandardCharsets.UTF_8);
				arguments.add(copy.toString());
			}
			CommandRun verified = this.analyze.run(arguments.toArray(String[]::new));
			if (verified.exitCode() == Systemctl.NOT_FOUND) {
				this.out.println("Not verified: " + verified.output());
				return null;
			}
			return verified.ok() ? null : verified.output().replace(directory + "/", "");
		}
		catch (IOException ex) {
			this.out.println("Not verified: cannot write the units to verify (" + ex.getMessage() + ")");
			return null;
		}
		finally {
			if (directory != null) {
				FileSystemUtils.deleteRecursively(directory.toFile());
			}
		}
	}

	private void removeSocketNoLongerWanted(String socket, Path socketFile) {
		this.systemctl.run("stop", socket);
		this.systemctl.run("disable", socket);
		delete(List.of(socketFile));
		this.systemctl.run("daemon-reload");
		this.out.println("Removed " + socketFile + ": socket activation is off");
	}

	private void restore(Map<Path, Optional<String>> replaced) {
		for (Map.Entry<Path, Optional<String>> file : replaced.entrySet()) {
			try {
				if (file.getValue().isPresent()) {
					write(file.getKey(), file.getValue().get());
				}
				else {
					Files.deleteIfExists(file.getKey());
				}
			}
			catch (IOException ex) {
				this.out.println("Could not restore " + file.getKey() + ": " + ex.getMessage());
			}
		}
	}

	private static Optional<String> read(Path file) {
		try {
			return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
					: Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of("");
		}
	}

	/**
	 * Refuse a command on a unit the starter did not write.
	 * @return the refusal's exit code, or empty when the unit is the starter's own
	 */
	private OptionalInt refuseForeign(String unit) {
		Path file = this.unitDirectory.resolve(unit);
		Optional<String> content = read(file);
		if (content.isEmpty()) {
			return OptionalInt.of(fail(CommandResult.NOT_INSTALLED, unit + " is not installed (no " + file + ")."));
		}
		if (!SystemdUnitFile.isGenerated(content.get())) {
			return OptionalInt.of(fail(CommandResult.NOT_OURS, file + " was not written by the service starter, which "
					+ "leaves it alone; use systemctl for it."));
		}
		return OptionalInt.empty();
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
				// On disk before the rename: a power loss must not leave an empty unit
				// behind.
				channel.force(true);
			}
			// As systemd's own units: readable by everyone (systemctl cat, status),
			// writable by the owner.
			Files.setPosixFilePermissions(temporary, UNIT_FILE_PERMISSIONS);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String[] arguments(String command, List<String> units) {
		List<String> arguments = new ArrayList<>();
		arguments.add(command);
		arguments.addAll(units);
		return arguments.toArray(String[]::new);
	}

	int uninstall(String name) {
		String unit = ServiceUnitName.of(name);
		Path file = this.unitDirectory.resolve(unit);
		OptionalInt refused = refuseForeign(unit);
		if (refused.isPresent()) {
			return refused.getAsInt();
		}
		String socket = name + ".socket";
		Path socketFile = this.unitDirectory.resolve(socket);
		// The socket first: stopped last, it would start the service again for a waiting
		// client.
		List<String> units = read(socketFile).filter(SystemdUnitFile::isGenerated).isPresent() ? List.of(socket, unit)
				: List.of(unit);
		this.systemctl.run(arguments("stop", units));
		this.systemctl.run(arguments("disable", units));
		// Removes the StateDirectory= (the restart journal) while systemd still knows the
		// unit.
		this.systemctl.run("clean", "--what=state", unit);
		try {
			for (String removed : units) {
				Files.delete(this.unitDirectory.resolve(removed));
				// Drop-ins (systemctl edit) mean nothing without their unit.
				FileSystemUtils.deleteRecursively(this.unitDirectory.resolve(removed + ".d"));
			}
		}
		catch (IOException ex) {
			return fail(CommandResult.NO_PERMISSION, "Cannot remove " + file + " (" + ex.getMessage() + ").");
		}
		this.systemctl.run("daemon-reload");
		this.systemctl.run(arguments("reset-failed", units));
		Path cache = this.cacheDirectory.apply(name);
		boolean cached = Files.exists(cache);
		FileSystemUtils.deleteRecursively(cache.toFile());
		this.out.println("Stopped, disabled and removed " + String.join(" and ", units)
				+ ", with drop-ins, the state directory" + (cached ? " and the start-up cache " + cache : ""));
		return CommandResult.OK;
	}

	int control(ServiceCommand command, String name, @Nullable Path jar) {
		String unit = ServiceUnitName.of(name);
		OptionalInt refused = refuseForeign(unit);
		if (refused.isPresent()) {
			return refused.getAsInt();
		}
		if (command == ServiceCommand.RESTART && jar != null) {
			mainPid(unit).flatMap(new JarReplacement(jar)::differenceFromRunning)
				.ifPresent((difference) -> this.out.println("Warning: " + difference));
		}
		CommandRun result = this.systemctl.run(command.commandName(), unit);
		if (!result.ok()) {
			return fail(CommandResult.FAILED, "systemctl " + command.commandName() + " " + unit + " failed ("
					+ result.output() + "). See " + logs(name) + ".");
		}
		this.out.println(switch (command) {
			case START -> "Started " + unit;
			case STOP -> "Stopped " + unit;
			default -> "Restarted " + unit;
		});
		return CommandResult.OK;
	}

	/**
	 * Change the service's jar and restart it (a restart waits for {@code READY=1}); put
	 * the old jar back when an upgraded one does not start. The running service keeps the
	 * jar it opened until it has stopped.
	 * @param name the service name
	 * @param change the upgrade or the rollback
	 * @return the exit code
	 */
	int replaceJar(String name, JarReplacement.Change change) {
		String unit = ServiceUnitName.of(name);
		OptionalInt refused = refuseForeign(unit);
		if (refused.isPresent()) {
			return refused.getAsInt();
		}
		try {
			change.apply();
		}
		catch (IOException ex) {
			return fail(CommandResult.INVALID, "Cannot " + change.action() + " " + unit + ": " + ex.getMessage()
					+ ". The installed jar and the service are unchanged.");
		}
		Path previous = change.jar().previous();
		this.out.println(((change.replacement() != null) ? "Put " + change.replacement() + " in place"
				: "Put the previous jar back") + " by rename (the running service keeps the jar it opened); the "
				+ "replaced jar is kept as " + previous);
		CommandRun restarted = this.systemctl.run("restart", unit);
		if (restarted.ok()) {
			this.out.println("Restarted " + unit + ": it reported READY=1. service:rollback swaps the jars back.");
			return CommandResult.OK;
		}
		if (change.replacement() == null) {
			return fail(CommandResult.FAILED, unit + " did not start with the previous jar either ("
					+ restarted.output() + "). See " + logs(name) + "; service:rollback again swaps the jars back.");
		}
		this.out.println("The new jar did not start (" + restarted.output() + "); rolling back.");
		try {
			change.jar().rollBack();
		}
		catch (IOException ex) {
			return fail(CommandResult.FAILED, "Cannot roll back (" + ex.getMessage() + "). See " + logs(name) + ".");
		}
		CommandRun back = this.systemctl.run("restart", unit);
		return fail(CommandResult.FAILED,
				back.ok()
						? "Rolled back: " + unit + " runs the previous jar again. The jar that failed is kept as "
								+ previous + ". See " + logs(name) + " for why it failed."
						: "Rolled back the jar, but " + unit + " did not start either (" + back.output() + "). See "
								+ logs(name) + ".");
	}

	private Optional<Long> mainPid(String unit) {
		String pid = show(unit, "MainPID").getOrDefault("MainPID", "0");
		return (pid.matches("[1-9][0-9]*")) ? Optional.of(Long.parseLong(pid)) : Optional.empty();
	}

	int status(String name) {
		String unit = ServiceUnitName.of(name);
		Map<String, String> properties = show(unit, "LoadState,ActiveState,SubState,MainPID,"
				+ "NRestarts,StatusText,FragmentPath,Result,ExecMainStatus,StateChangeTimestamp");
		if (properties.isEmpty() || "not-found".equals(properties.get("LoadState"))) {
			return fail(CommandResult.NOT_INSTALLED, unit + " is not installed.");
		}
		String active = properties.getOrDefault("ActiveState", "unknown");
		boolean running = active.equals("active") || active.equals("reloading") || active.equals("activating")
				|| active.equals("deactivating");
		this.out.println(unit + ": " + active + " (" + properties.getOrDefault("SubState", "") + ")"
				+ (running ? "" : " since " + properties.getOrDefault("StateChangeTimestamp", "")));
		if (running) {
			this.out.println("PID: " + properties.getOrDefault("MainPID", "0"));
			this.out.println("Status: " + properties.getOrDefault("StatusText", ""));
		}
		else {
			// The status text a stopped service sent last ("Stopping") no longer
			// describes it.
			this.out.println("Last run: " + properties.getOrDefault("Result", "unknown") + " (exit status "
					+ properties.getOrDefault("ExecMainStatus", "") + ")");
		}
		this.out.println("Restarts: " + properties.getOrDefault("NRestarts", "0"));
		StartupCacheUse cache = startupCache(name);
		if (cache.state() != StartupCacheUse.State.NONE) {
			this.out.println("Startup cache: " + cache.description());
		}
		this.out.println("Unit file: " + properties.getOrDefault("FragmentPath", ""));
		this.out.println("Logs: " + logs(name));
		return (active.equals("active") || active.equals("reloading")) ? CommandResult.OK : CommandResult.NOT_RUNNING;
	}

	/**
	 * The unit's properties, as {@code systemctl show} gives them; empty when it failed.
	 */
	private Map<String, String> show(String unit, String properties) {
		CommandRun shown = this.systemctl.run("show", unit, "--property=" + properties);
		Map<String, String> values = new LinkedHashMap<>();
		if (shown.ok()) {
			shown.output().lines().forEach((line) -> {
				int separator = line.indexOf('=');
				if (separator > 0) {
					values.put(line.substring(0, separator), line.substring(separator + 1));
				}
			});
		}
		return values;
	}

	private void delete(Collection<Path> files) {
		for (Path file : files) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				this.out.println("Could not remove " + file + ": " + ex.getMessage());
			}
		}
	}

	private String logs(String name) {
		return "journalctl " + (this.user ? "--user-unit " : "-u ") + name;
	}

	private int fail(int code, String message) {
		this.out.println(message);
		return code;
	}

}
