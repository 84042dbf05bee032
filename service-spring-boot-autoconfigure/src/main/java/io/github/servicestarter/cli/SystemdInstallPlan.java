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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.servicestarter.cli.InstalledUnits.InstalledUnit;
import io.github.servicestarter.manager.CommandRun;
import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceUnitName;
import io.github.servicestarter.systemd.StartupCacheUnit;
import io.github.servicestarter.systemd.SystemdUnitFile;
import io.github.servicestarter.systemd.SystemdUnitSpec;
import io.github.servicestarter.systemd.UnitSyntax;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The {@code service:*} commands under systemd: a system unit when run as root, a user
 * unit otherwise, and a socket unit beside it when asked for. Commands other than install
 * act on the unit that runs this jar, wherever it is installed.
 *
 * @author Service Starter contributors
 */
final class SystemdInstallPlan {

	private static final Path SYSTEM_UNITS = Path.of("/etc/systemd/system");

	private static final Path SYSTEM_CACHE = Path.of("/var/cache");

	private static final String RUN_AS = "service.install.run-as";

	private static final String TRAINING_ARGUMENTS = "service.install.training-arguments";

	private static final String ALLOW_ROOT = "service.install.allow-root";

	private final ServiceCommandLine commandLine;

	private final HostFacts host;

	SystemdInstallPlan(ServiceCommandLine commandLine, HostFacts host) {
		this.commandLine = commandLine;
		this.host = host;
	}

	int run(ServiceCommand command, InstallProperties install, Binder binder) {
		boolean installing = command == ServiceCommand.INSTALL || command == ServiceCommand.UNIT;
		InstalledUnit installed = null;
		if (!installing && !binder.bind(ServiceIdentity.NAME_PROPERTY, String.class).isBound()) {
			List<InstalledUnit> units = unitsRunningThisJar();
			if (units.size() > 1) {
				this.commandLine.out()
					.println("Several services run " + this.commandLine.jar() + ": "
							+ units.stream().map(InstalledUnit::name).collect(Collectors.joining(", "))
							+ ". Choose one with --service.name=NAME.");
				return CommandResult.INVALID;
			}
			installed = units.isEmpty() ? null : units.get(0);
		}
		ServiceIdentity identity = this.commandLine
			.identity((installed != null) ? ServiceUnitName.of(installed.name()) : null);
		if (identity == null) {
			return CommandResult.INVALID;
		}
		String name = identity.name();
		boolean user = (install.getUser() != null) ? install.getUser()
				: (installed != null) ? installed.user() : defaultsToUserUnit(installing, name);
		SystemdServiceInstaller installer = new SystemdServiceInstaller(Systemctl.of(user), Systemctl.analyze(user),
				unitDirectory(user), user, (service) -> stateDirectories(user, service),
				(service) -> cacheDirectory(user, service), this.commandLine.out());
		return switch (command) {
			case UNIT, INSTALL -> {
				if (command == ServiceCommand.INSTALL && !user && !this.host.isRoot()) {
					this.commandLine.out()
						.println("Installing a system unit needs root: run the command with sudo, or install a "
								+ "user unit, which needs no rights, with --service.install.user=true.");
					yield CommandResult.NO_PERMISSION;
				}
				SystemdUnitSpec spec = spec(name, user, install, binder);
				if (spec == null) {
					yield CommandResult.INVALID;
				}
				if (command == ServiceCommand.UNIT) {
					print(spec);
					yield CommandResult.OK;
				}
				if (!install.getSecret().isEmpty() && user) {
					this.commandLine.out()
						.println("Secrets need a system unit: systemd-creds encrypts them with the "
								+ "host key, which root holds. Install as root, or give the values another way.");
					yield CommandResult.INVALID;
				}
				if (!trustworthy(spec, install, user)) {
					yield CommandResult.WRITABLE_BY_OTHERS;
				}
				// Read before anything is written: a source that gives nothing changes
				// nothing.
				Map<String, byte[]> secrets = this.commandLine.secrets(install);
				if (!secrets.isEmpty() && !this.commandLine.storeSecrets(new SystemdCredentials(name, SYSTEM_UNITS),
						secrets, "with systemd-creds in /etc/credstore.encrypted/" + name, "Nothing was installed.")) {
					yield CommandResult.FAILED;
				}
				yield installer.install(spec, install.isForce(), install.isStart());
			}
			case UNINSTALL -> {
				int uninstalled = installer.uninstall(name);
				if (uninstalled == CommandResult.OK && !user) {
					removeSecrets(name);
				}
				yield uninstalled;
			}
			case SECRET -> {
				if (user) {
					this.commandLine.out()
						.println("Secrets need a system unit (systemd-creds encrypts them with the "
								+ "host key, which root holds): run service:secret as root for a system unit.");
					yield CommandResult.INVALID;
				}
				if (!Files.exists(SYSTEM_UNITS.resolve(ServiceUnitName.of(name)))) {
					this.commandLine.out()
						.println("The service " + name + " is not installed as a system unit: "
								+ "install it first (its secrets can be given to service:install).");
					yield CommandResult.NOT_INSTALLED;
				}
				yield this.commandLine.secretCommand(new SystemdCredentials(name, SYSTEM_UNITS),
						() -> Systemctl.of(false).run("daemon-reload"));
			}
			case STATUS -> installer.status(name);
			case START, STOP, RESTART -> installer.control(command, name, this.commandLine.jar());
			case PAUSE, CONTINUE -> {
				this.commandLine.out()
					.println("systemd has no pause: service:" + command.commandName()
							+ " is for Windows services. Stop the service with service:stop, or have it refuse traffic "
							+ "through its readiness state.");
				yield CommandResult.INVALID;
			}
			case UPGRADE, ROLLBACK -> {
				JarReplacement.Change change = this.commandLine.jarChange(command);
				yield (change != null) ? installer.replaceJar(name, change) : CommandResult.INVALID;
			}
		};
	}

	private void removeSecrets(String name) {
		try {
			int removed = new SystemdCredentials(name, SYSTEM_UNITS).removeAll();
			if (removed > 0) {
				this.commandLine.out()
					.println("Removed its " + removed + " secret(s) from /etc/credstore.encrypted/" + name);
			}
		}
		catch (IOException ex) {
			this.commandLine.out()
				.println("Could not remove its secrets from /etc/credstore.encrypted/" + name + ": " + ex.getMessage());
		}
	}

	private void print(SystemdUnitSpec spec) {
		if (spec.listenStream() != null) {
			this.commandLine.out().println("# " + spec.socketUnit());
			this.commandLine.out().println(SystemdUnitFile.renderSocket(spec));
			this.commandLine.out().println("# " + spec.serviceUnit());
		}
		this.commandLine.out().print(SystemdUnitFile.render(spec));
	}

	/**
	 * The installed units, system or user, that run this jar: the service it was
	 * installed as, whatever name it was given.
	 */
	private List<InstalledUnit> unitsRunningThisJar() {
		Path jar = this.commandLine.jar();
		return (jar != null) ? InstalledUnits.running(jar, unitDirectory(false), unitDirectory(true)) : List.of();
	}

	private @Nullable SystemdUnitSpec spec(String name, boolean user, InstallProperties install, Binder binder) {
		int systemdVersion = systemdVersion();
		Path stateDirectory = stateDirectory(user, name, systemdVersion, binder);
		Path dumps = stateDirectory.resolve(ServiceIdentity.DUMPS_DIRECTORY);
		List<String> command = this.commandLine.command(name, install, OutOfMemoryOptions.of(install, dumps, true),
				List.of(), (word) -> UnitSyntax.commandWord(word, false));
		Path jar = this.commandLine.jar();
		if (command == null || jar == null) {
			return null;
		}
		InstallRefusal.check("the command line", SystemdUnitFile.commandLine(command), UnitSyntax::oneLine);
		SettingSources sources = this.commandLine.sources();
		InstallRefusal.check("the jar's directory",
				Objects.requireNonNull(jar.getParent(), "an absolute jar is in a directory").toString(),
				UnitSyntax::path);
		if (install.getDescription() != null) {
			InstallRefusal.check(sources.describe("service.install.description"), install.getDescription(),
					UnitSyntax::text);
		}
		String runAs = install.getRunAs();
		if (runAs != null) {
			runAs(runAs, install, sources);
		}
		Duration drain = ServiceCommandLine.drainTimeout(binder);
		Duration watchdog = install.getWatchdog();
		boolean reload = binder.bind("service.reload.enabled", Boolean.class).orElse(true);
		return new SystemdUnitSpec(name, ServiceCommandLine.description(name, install), command, jar.getParent(), !user,
				install.getRunAs(), (watchdog.isZero()) ? null : watchdog,
				drain.plus(ServiceCommandLine.SHUTDOWN_MARGIN), install.getRestartDelay(), reload, systemdVersion,
				stateDirectory, install.isSocketActivation() ? listenStream(binder, sources) : null,
				startupCache(name, user, install, stateDirectory, command, jar, sources));
	}

	/**
	 * The start-up cache the unit keeps, or {@code null} when the install turns it off or
	 * the paths cannot carry it (said why).
	 */
	private @Nullable StartupCacheUnit startupCache(String name, boolean user, InstallProperties install,
			Path stateDirectory, List<String> command, Path jar, SettingSources sources) {
		if (!install.isStartupCache()) {
			return null;
		}
		for (String argument : install.getTrainingArguments()) {
			InstallRefusal.check(sources.describe(TRAINING_ARGUMENTS), argument,
					(word) -> UnitSyntax.commandWord(word, false));
		}
		Path directory = cacheDirectory(user, name);
		String unsupported = StartupCachePlan.unsupported(directory, jar);
		if (unsupported != null) {
			this.commandLine.out().println("Without a start-up cache: " + unsupported + ".");
			return null;
		}
		return StartupCachePlan.forJvm(Runtime.version().feature())
			.unit(directory, stateDirectory, command, install.getTrainingArguments());
	}

	/**
	 * Where the start-up cache is kept: {@code /var/cache/<name>}, written by root only,
	 * for a system unit; the user's cache home for a user unit.
	 */
	private Path cacheDirectory(boolean user, String name) {
		return user ? xdgHome("XDG_CACHE_HOME", ".cache").resolve(name) : SYSTEM_CACHE.resolve(name);
	}

	private static void runAs(String runAs, InstallProperties install, SettingSources sources) {
		String setting = sources.describe(RUN_AS);
		InstallRefusal.check(setting, runAs, UnitSyntax::userName);
		boolean root = runAs.equals("root") || runAs.equals("0");
		if (root && !(install.isAllowRoot() && sources.fromCommandLine(ALLOW_ROOT)
				&& sources.fromCommandLine(RUN_AS))) {
			throw new InstallRefusal(setting, runAs,
					"runs the service as root, outside the least privilege the unit " + "is built for",
					"Leave it unset for a dynamic user, name a user of its own, or give both " + "--" + RUN_AS
							+ "=root and --" + ALLOW_ROOT + "=true on the command line.");
		}
	}

	/**
	 * Whether only root and the service's own user can change what the service runs; said
	 * why not, unless the command line accepts it with its flag.
	 */
	private boolean trustworthy(SystemdUnitSpec spec, InstallProperties install, boolean user) {
		Set<String> trusted = new HashSet<>(Set.of("root"));
		if (user) {
			trusted.add(this.host.userName());
		}
		else if (spec.runAs() != null) {
			trusted.add(spec.runAs());
		}
		return this.commandLine.trustworthy(WritablePaths.Writers.posix(trusted), install);
	}

	/**
	 * The socket unit's {@code ListenStream=}: {@code server.port} (8080 by default), on
	 * {@code server.address} when one is set.
	 */
	private static String listenStream(Binder binder, SettingSources sources) {
		int port = binder.bind("server.port", Integer.class).orElse(8080);
		String address = binder.bind("server.address", String.class).orElse(null);
		try {
			return UnitSyntax.listenStream(address, port);
		}
		catch (IllegalArgumentException ex) {
			String setting = (address != null)
					? sources.describe("server.address") + " and " + sources.describe("server.port")
					: sources.describe("server.port");
			throw new InstallRefusal(setting, (address != null) ? address + " " + port : Integer.toString(port),
					"cannot make a socket unit: " + ex.getMessage(),
					"Set an IP address and a port the socket unit can listen on, or install without "
							+ "--service.install.socket-activation=true.");
		}
	}

	/**
	 * Root installs system units and other users user units; the other commands act on
	 * the unit where it is installed, so root can manage its user units without repeating
	 * {@code --service.install.user=true}.
	 */
	private boolean defaultsToUserUnit(boolean installing, String name) {
		if (!this.host.isRoot()) {
			return true;
		}
		String unit = ServiceUnitName.of(name);
		return !installing && !Files.exists(unitDirectory(false).resolve(unit))
				&& Files.exists(unitDirectory(true).resolve(unit));
	}

	/**
	 * Where {@code StateDirectory=<name>} puts the service's state:
	 * {@code /var/lib/<name>} (with {@code DynamicUser=},
	 * {@code /var/lib/private/<name>}) for a system unit; for a user unit
	 * {@code $XDG_STATE_HOME/<name>} on systemd 254 and later, the configuration home
	 * before (systemd.exec(5), the table of {@code RuntimeDirectory=} and its siblings).
	 */
	private List<Path> stateDirectories(boolean user, String name) {
		if (!user) {
			return List.of(Path.of("/var/lib", name), Path.of("/var/lib/private", name));
		}
		return List.of(xdgHome("XDG_CONFIG_HOME", ".config").resolve(name),
				xdgHome("XDG_STATE_HOME", ".local/state").resolve(name));
	}

	/**
	 * The state directory the service will run with: its {@code service.state-directory},
	 * else where the unit's {@code StateDirectory=} puts it on this systemd.
	 */
	private Path stateDirectory(boolean user, String name, int systemdVersion, Binder binder) {
		String configured = binder.bind(ServiceIdentity.STATE_DIRECTORY_PROPERTY, String.class).orElse(null);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured.strip());
		}
		return stateDirectories(user, name).get((user && systemdVersion >= 254) ? 1 : 0);
	}

	private Path xdgHome(String variable, String fallback) {
		String home = this.host.process().getenv(variable);
		return (home != null && !home.isBlank()) ? Path.of(home) : this.host.userHome().resolve(fallback);
	}

	private Path unitDirectory(boolean user) {
		if (!user) {
			return SYSTEM_UNITS;
		}
		return xdgHome("XDG_CONFIG_HOME", ".config").resolve("systemd").resolve("user");
	}

	private static int systemdVersion() {
		CommandRun version = Systemctl.of(false).run("--version");
		String[] words = version.output().split("\\s+");
		return (version.ok() && words.length > 1 && words[1].matches("\\d+")) ? Integer.parseInt(words[1]) : 0;
	}

}
