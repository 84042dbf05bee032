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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.windows.RegistrationSyntax;
import io.github.servicestarter.windows.SecretProtection;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.ServiceSid;
import io.github.servicestarter.windows.WindowsCommandLine;
import io.github.servicestarter.windows.WindowsSecurity;
import io.github.servicestarter.windows.WindowsServiceSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The {@code service:*} commands on Windows: a service registered with the Service
 * Control Manager, with its recovery actions, its account and its event source.
 *
 * @author Service Starter contributors
 */
final class WindowsInstallPlan {

	private final ServiceCommandLine commandLine;

	private final ServiceRegistry registry;

	private final WindowsSecurity security;

	private final SecretProtection protection;

	WindowsInstallPlan(ServiceCommandLine commandLine, ServiceRegistry registry, WindowsSecurity security,
			SecretProtection protection) {
		this.commandLine = commandLine;
		this.registry = registry;
		this.security = security;
		this.protection = protection;
	}

	int run(ServiceCommand command, InstallProperties install, Binder binder) {
		ServiceIdentity identity = this.commandLine.identity(null);
		if (identity == null) {
			return CommandResult.INVALID;
		}
		String name = identity.name();
		WindowsStartupCache startupCache = new WindowsStartupCache(identity.stateDirectory(), name,
				Runtime.version().feature(), this.security, WindowsStartupCache.Steps.PROCESSES,
				this.commandLine.out());
		WindowsServiceInstaller installer = new WindowsServiceInstaller(this.registry, identity.stateDirectory(),
				this.security, startupCache, this.commandLine.out());
		return switch (command) {
			case UNIT, INSTALL -> {
				List<String> words = command(name, install, binder, identity.stateDirectory());
				if (words == null) {
					yield CommandResult.INVALID;
				}
				WindowsServiceSpec spec = spec(name, install, binder, words);
				if (command == ServiceCommand.UNIT) {
					this.commandLine.out().print(spec.toScCommands());
					yield CommandResult.OK;
				}
				if (!trustworthy(name, install)) {
					yield CommandResult.WRITABLE_BY_OTHERS;
				}
				// Read before anything is written: a source that gives nothing changes
				// nothing.
				Map<String, byte[]> secrets = this.commandLine.secrets(install);
				WindowsStartupCache.Request cache = install.isStartupCache()
						? new WindowsStartupCache.Request(words, install.getTrainingArguments()) : null;
				int installed = installer.install(spec, install.isForce(), install.isStart() && secrets.isEmpty(),
						cache);
				if (installed == CommandResult.OK && !secrets.isEmpty()) {
					// Stored once the state directory has its ACL, which the secrets
					// directory inherits.
					boolean stored = this.commandLine.storeSecrets(secrets(identity), secrets,
							"with DPAPI in " + identity.stateDirectory().resolve(WindowsSecrets.DIRECTORY),
							"The service is installed " + "without them; store them with service:secret set.");
					installed = stored ? CommandResult.OK : CommandResult.FAILED;
					if (installed == CommandResult.OK && install.isStart()) {
						installed = installer.control(ServiceCommand.START, name);
					}
				}
				if (installed == CommandResult.OK) {
					this.commandLine.out().println("Log: " + logFile(binder, identity));
				}
				yield installed;
			}
			case SECRET -> {
				// Only into the state directory install protected: anywhere else the
				// files would inherit ProgramData's ACL, and any user could decrypt a
				// machine-scope DPAPI blob.
				if (this.registry.queryRegistration(name).isEmpty() || !Files.isDirectory(identity.stateDirectory())) {
					this.commandLine.out()
						.println("The service " + name + " is not installed: install it first (its "
								+ "secrets can be given to service:install).");
					yield CommandResult.NOT_INSTALLED;
				}
				yield this.commandLine.secretCommand(secrets(identity), () -> {
				});
			}
			case UNINSTALL -> installer.uninstall(name);
			case STATUS -> installer.status(name);
			case START, STOP, RESTART, PAUSE, CONTINUE -> installer.control(command, name);
			case UPGRADE, ROLLBACK -> {
				JarReplacement.Change change = this.commandLine.jarChange(command);
				yield (change != null) ? installer.replaceJar(name, change) : CommandResult.INVALID;
			}
		};
	}

	/**
	 * The service's command line without a start-up cache: java, options, {@code -jar},
	 * the jar, arguments.
	 */
	private @Nullable List<String> command(String name, InstallProperties install, Binder binder, Path stateDirectory) {
		// JNA unpacks its library into java.io.tmpdir unless told otherwise: for
		// LocalSystem C:\Windows\Temp, where any user can plant a directory and race the
		// load.
		List<String> jvmOptions = new ArrayList<>(
				List.of("-Djna.tmpdir=" + stateDirectory.resolve(WindowsServiceInstaller.JNA_DIRECTORY)));
		// The SCM starts services in System32: the service enters the jar's directory
		// itself (WindowsServiceConnection), which java.io and java.nio learn from
		// user.dir.
		Path jar = this.commandLine.jar();
		if (jar != null && jar.toAbsolutePath().getParent() != null) {
			jvmOptions.add("-Duser.dir=" + jar.toAbsolutePath().getParent());
		}
		// A crash report has no console to go to either: the JVM writes it, and a heap
		// dump, into dumps.
		Path dumps = new ServiceIdentity(name, null, stateDirectory).dumpsDirectory();
		jvmOptions.addAll(OutOfMemoryOptions.of(install, dumps, true));
		List<String> command = this.commandLine.command(name, install, jvmOptions, impliedArguments(binder),
				RegistrationSyntax::commandWord);
		if (command != null && install.isErrorFileInStateDirectory() && holdsPercentBeyondErrorFile(command, dumps)) {
			// The SCM expands %NAME% pairs in a binary path: with a % elsewhere, %p
			// cannot stand in it.
			command.set(command.indexOf(OutOfMemoryOptions.errorFile(dumps, true)),
					OutOfMemoryOptions.errorFile(dumps, false));
			this.commandLine.out()
				.println("The command line holds a %, so the JVM's fatal error report is "
						+ dumps.resolve(OutOfMemoryOptions.FIXED_ERROR_FILE) + ", each replacing the last, rather than "
						+ "one file per process (hs_err_pid%p.log).");
		}
		return command;
	}

	private WindowsServiceSpec spec(String name, InstallProperties install, Binder binder, List<String> command) {
		SettingSources sources = this.commandLine.sources();
		String binaryPath = InstallRefusal.check("the command line", WindowsCommandLine.join(command),
				RegistrationSyntax::binaryPath);
		if (install.getDescription() != null) {
			InstallRefusal.check(sources.describe("service.install.description"), install.getDescription(),
					RegistrationSyntax::description);
		}
		InstallProperties.Windows windows = install.getWindows();
		InstallRefusal.check(sources.describe("service.install.windows.account"), windows.getAccount(),
				RegistrationSyntax::account);
		Duration preshutdown = (windows.getPreshutdownTimeout() != null) ? windows.getPreshutdownTimeout()
				: ServiceCommandLine.drainTimeout(binder).plus(ServiceCommandLine.SHUTDOWN_MARGIN);
		return new WindowsServiceSpec(name, name, ServiceCommandLine.description(name, install), binaryPath,
				windows.getStartType(), account(name, windows.getAccount()), windows.getRestartDelays(),
				windows.getFailureResetPeriod(), preshutdown);
	}

	private WindowsSecrets secrets(ServiceIdentity identity) {
		return new WindowsSecrets(identity.stateDirectory(), this.protection);
	}

	private static boolean holdsPercentBeyondErrorFile(List<String> command, Path dumps) {
		String errorFile = OutOfMemoryOptions.errorFile(dumps, true);
		return command.stream().anyMatch((word) -> word.contains("%") && !word.equals(errorFile));
	}

	/**
	 * Whether only the system, the administrators and the service can change what the
	 * service runs; said why not, unless the command line accepts it with its flag.
	 */
	private boolean trustworthy(String name, InstallProperties install) {
		Set<String> trusted = new HashSet<>(this.security.administrators());
		trusted.add(ServiceSid.of(name));
		return this.commandLine.trustworthy(WritablePaths.Writers.windows(this.security, trusted), install);
	}

	/**
	 * Where the installed service will log: its {@code logging.file.name} or
	 * {@code logging.file.path}, else the file in its state directory that the starter
	 * gives a service without one (a service has no console).
	 */
	private static String logFile(Binder binder, ServiceIdentity identity) {
		return binder.bind("logging.file.name", String.class)
			.orElseGet(() -> binder.bind("logging.file.path", String.class)
				.map((path) -> Path.of(path).resolve("spring.log").toString())
				.orElseGet(() -> identity.defaultLogFile().toString()));
	}

	/**
	 * Settings a Windows service needs on its command line, because it reads them when
	 * Spring Boot starts, before {@code application.yml}: that it runs under the SCM (so
	 * it never depends on detection), and the wait hint of its first
	 * {@code START_PENDING}.
	 */
	static List<String> impliedArguments(Binder binder) {
		List<String> implied = new ArrayList<>(List.of("--service.manager=windows"));
		binder.bind("service.startup.progress-timeout", Duration.class)
			.ifBound((timeout) -> implied.add("--service.startup.progress-timeout=" + timeout.toMillis() + "ms"));
		return implied;
	}

	private static @Nullable String account(String name, String account) {
		return switch (account.toLowerCase(Locale.ROOT)) {
			case "virtual" -> "NT SERVICE\\" + name;
			case "local-service" -> "NT AUTHORITY\\LocalService";
			case "network-service" -> "NT AUTHORITY\\NetworkService";
			case "local-system" -> null;
			default -> account;
		};
	}

}
