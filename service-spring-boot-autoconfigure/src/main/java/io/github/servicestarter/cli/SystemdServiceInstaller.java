package io.github.servicestarter.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.servicestarter.systemd.SystemdUnitFile;
import io.github.servicestarter.systemd.SystemdUnitSpec;

import org.springframework.util.FileSystemUtils;

/**
 * Installs, controls and removes a service under systemd: writes the unit atomically, reloads
 * systemd, enables and starts it; refuses to replace an installed unit unless forced, and
 * leaves nothing behind when a step fails.
 *
 * @author Service Starter contributors
 */
final class SystemdServiceInstaller {

	private static final Set<PosixFilePermission> UNIT_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

	private final Systemctl systemctl;

	private final Path unitDirectory;

	private final boolean user;

	private final PrintStream out;

	SystemdServiceInstaller(Systemctl systemctl, Path unitDirectory, boolean user, PrintStream out) {
		this.systemctl = systemctl;
		this.unitDirectory = unitDirectory;
		this.user = user;
		this.out = out;
	}

	int install(SystemdUnitSpec spec, boolean force, boolean start) {
		String unit = spec.serviceUnit();
		Path file = this.unitDirectory.resolve(unit);
		if (Files.exists(file) && !force) {
			return fail(CommandResult.ALREADY_INSTALLED, unit + " is already installed (" + file
					+ "). Uninstall it first with service:uninstall, or replace it with --service.install.force=true.");
		}
		Map<Path, String> files = new LinkedHashMap<>();
		if (spec.listenStream() != null) {
			files.put(this.unitDirectory.resolve(spec.socketUnit()), SystemdUnitFile.renderSocket(spec));
		}
		files.put(file, SystemdUnitFile.render(spec));
		List<String> units = files.keySet().stream().map((path) -> path.getFileName().toString()).toList();
		for (Map.Entry<Path, String> written : files.entrySet()) {
			try {
				write(written.getKey(), written.getValue());
			}
			catch (IOException ex) {
				delete(files.keySet());
				return fail(CommandResult.NO_PERMISSION, "Cannot write the unit file " + written.getKey() + " ("
						+ ex.getMessage() + "). Check that " + this.unitDirectory + " is writable by this user"
						+ (this.user ? "." : ", or install a user unit with --service.install.user=true."));
			}
			this.out.println("Wrote " + written.getKey());
		}
		Systemctl.Result enabled = this.systemctl.run("daemon-reload");
		if (enabled.ok()) {
			enabled = this.systemctl.run(arguments("enable", units));
		}
		if (!enabled.ok()) {
			rollBack(files.keySet());
			return fail(CommandResult.FAILED, "systemd did not accept " + String.join(" and ", units) + " ("
					+ enabled.output() + "); the unit files were removed again.");
		}
		this.out.println("Enabled " + String.join(" and ", units)
				+ (this.user ? " (starts when the user's manager starts)" : " (starts at boot)"));
		if (start) {
			Systemctl.Result started = this.systemctl.run(arguments("start", units));
			if (!started.ok()) {
				return fail(CommandResult.FAILED, unit + " is installed but did not start (" + started.output()
						+ "). See " + logs(spec.name()) + ".");
			}
			if (spec.listenStream() != null) {
				this.out.println("Started " + spec.socketUnit() + ": listening on " + spec.listenStream());
			}
			this.out.println("Started " + unit + ": it reported READY=1");
		}
		this.out.println("Logs: " + logs(spec.name()));
		return CommandResult.OK;
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			// As systemd's own units: readable by everyone (systemctl cat, status), writable by the owner.
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
		String unit = name + ".service";
		Path file = this.unitDirectory.resolve(unit);
		if (!Files.exists(file)) {
			return fail(CommandResult.NOT_INSTALLED, unit + " is not installed (no " + file + ").");
		}
		String socket = name + ".socket";
		Path socketFile = this.unitDirectory.resolve(socket);
		// The socket first: stopped last, it would start the service again for a waiting client.
		List<String> units = Files.exists(socketFile) ? List.of(socket, unit) : List.of(unit);
		this.systemctl.run(arguments("stop", units));
		this.systemctl.run(arguments("disable", units));
		// Removes the StateDirectory= (the restart journal) while systemd still knows the unit.
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
		this.out.println("Stopped, disabled and removed " + String.join(" and ", units)
				+ ", with drop-ins and the state directory");
		return CommandResult.OK;
	}

	int control(ServiceCommand command, String name) {
		String unit = name + ".service";
		if (!Files.exists(this.unitDirectory.resolve(unit))) {
			return fail(CommandResult.NOT_INSTALLED, unit + " is not installed.");
		}
		Systemctl.Result result = this.systemctl.run(command.commandName(), unit);
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

	int status(String name) {
		String unit = name + ".service";
		Systemctl.Result shown = this.systemctl.run("show", unit, "--property=LoadState,ActiveState,SubState,MainPID,"
				+ "NRestarts,StatusText,FragmentPath,Result,ExecMainStatus,StateChangeTimestamp");
		Map<String, String> properties = new LinkedHashMap<>();
		shown.output().lines().forEach((line) -> {
			int separator = line.indexOf('=');
			if (separator > 0) {
				properties.put(line.substring(0, separator), line.substring(separator + 1));
			}
		});
		if (!shown.ok() || "not-found".equals(properties.get("LoadState"))) {
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
			// The status text a stopped service sent last ("Stopping") no longer describes it.
			this.out.println("Last run: " + properties.getOrDefault("Result", "unknown") + " (exit status "
					+ properties.getOrDefault("ExecMainStatus", "") + ")");
		}
		this.out.println("Restarts: " + properties.getOrDefault("NRestarts", "0"));
		this.out.println("Unit file: " + properties.getOrDefault("FragmentPath", ""));
		this.out.println("Logs: " + logs(name));
		return active.equals("active") || active.equals("reloading") ? CommandResult.OK : CommandResult.NOT_RUNNING;
	}

	private void rollBack(Collection<Path> files) {
		delete(files);
		this.systemctl.run("daemon-reload");
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
