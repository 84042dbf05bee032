package io.github.servicestarter.cli;

import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.servicestarter.cli.InstalledUnits.InstalledUnit;
import io.github.servicestarter.journal.StateDirectory;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.systemd.SystemdUnitFile;
import io.github.servicestarter.systemd.SystemdUnitSpec;
import io.github.servicestarter.windows.WindowsCommandLine;
import io.github.servicestarter.windows.WindowsServiceSpec;
import io.github.servicestarter.windows.jna.Advapi32ServiceRegistry;
import io.github.servicestarter.windows.jna.KnownFolder;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.env.Environment;

/**
 * Runs one {@code service:*} command. The service definition is derived, not templated: the
 * absolute java of the running JVM and its options, the absolute jar, the arguments given
 * with the command (other than {@code service:*} and {@code --service.install.*}), and the
 * {@code service.*} properties from the command line, {@code application.yml} and the
 * environment, as the running service will see them.
 *
 * @author Service Starter contributors
 */
public final class ServiceCommandLine {

	private static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(15);

	private final String[] args;

	private final Environment environment;

	private final @Nullable Path jar;

	private final PrintStream out;

	/**
	 * Create the command line.
	 * @param args the application's arguments
	 * @param environment the prepared environment
	 * @param mainClass the application's main class, to find its jar
	 * @param out where to print
	 */
	public ServiceCommandLine(String[] args, Environment environment, @Nullable Class<?> mainClass, PrintStream out) {
		this.args = args.clone();
		this.environment = environment;
		this.jar = jar(mainClass);
		this.out = out;
	}

	/**
	 * Run the command found in the arguments.
	 * @param command the command
	 * @return the exit code, see {@link CommandResult}
	 */
	public int run(ServiceCommand command) {
		Binder binder = Binder.get(this.environment);
		InstallProperties install = binder.bindOrCreate("service.install", InstallProperties.class);
		boolean installing = command == ServiceCommand.INSTALL || command == ServiceCommand.UNIT;
		boolean windows = Platform.isWindows();
		InstalledUnit installed = null;
		if (!windows && !installing && !binder.bind("service.name", String.class).isBound()) {
			List<InstalledUnit> units = unitsRunningThisJar();
			if (units.size() > 1) {
				this.out.println("Several services run " + this.jar + ": " + units.stream().map(InstalledUnit::name)
					.collect(Collectors.joining(", ")) + ". Choose one with --service.name=NAME.");
				return CommandResult.INVALID;
			}
			installed = units.isEmpty() ? null : units.get(0);
		}
		String name = (installed != null) ? installed.name() : name(binder);
		if (name == null) {
			return CommandResult.INVALID;
		}
		if (windows) {
			return runOnWindows(command, name, install, binder);
		}
		boolean user = (install.getUser() != null) ? install.getUser()
				: (installed != null) ? installed.user() : defaultsToUserUnit(command, name);
		SystemdServiceInstaller installer = new SystemdServiceInstaller(Systemctl.of(user), unitDirectory(user), user,
				this.out);
		return switch (command) {
			case UNIT, INSTALL -> {
				if (command == ServiceCommand.INSTALL && !user && !isRoot()) {
					this.out.println("Installing a system unit needs root: run the command with sudo, or install a "
							+ "user unit, which needs no rights, with --service.install.user=true.");
					yield CommandResult.NO_PERMISSION;
				}
				SystemdUnitSpec spec = spec(name, user, install, binder);
				if (spec == null) {
					yield CommandResult.INVALID;
				}
				if (command == ServiceCommand.UNIT) {
					if (spec.listenStream() != null) {
						this.out.println("# " + spec.socketUnit());
						this.out.println(SystemdUnitFile.renderSocket(spec));
						this.out.println("# " + spec.serviceUnit());
					}
					this.out.print(SystemdUnitFile.render(spec));
					yield CommandResult.OK;
				}
				yield installer.install(spec, install.isForce(), install.isStart());
			}
			case UNINSTALL -> installer.uninstall(name);
			case STATUS -> installer.status(name);
			case START, STOP, RESTART -> installer.control(command, name);
		};
	}

	/**
	 * The installed units, system or user, that run this jar: the service it was installed
	 * as, whatever name it was given.
	 */
	private List<InstalledUnit> unitsRunningThisJar() {
		return (this.jar != null) ? InstalledUnits.running(this.jar, unitDirectory(false), unitDirectory(true))
				: List.of();
	}

	private @Nullable String name(Binder binder) {
		String name = binder.bind("service.name", String.class)
			.orElseGet(() -> binder.bind("spring.application.name", String.class).orElse(null));
		if (name == null && this.jar != null) {
			name = this.jar.getFileName().toString().replaceFirst("\\.jar$", "");
		}
		if (name == null) {
			this.out.println("The service needs a name: set --service.name=my-app (or spring.application.name).");
			return null;
		}
		if (!ServiceIdentity.isValidName(name)) {
			this.out.println("'" + name + "' cannot name a service: use letters, digits and . _ - @ only, starting "
					+ "with a letter or digit. Set one with --service.name=my-app.");
			return null;
		}
		return name;
	}

	private int runOnWindows(ServiceCommand command, String name, InstallProperties install, Binder binder) {
		Path stateDirectory = binder.bind("service.state-directory", Path.class)
			.orElseGet(() -> StateDirectory.resolve(name, HostProcess.current(), System.getProperty("os.name"),
					System.getProperty("user.name"), System.getProperty("user.home"), KnownFolder::programData));
		WindowsServiceInstaller installer = new WindowsServiceInstaller(new Advapi32ServiceRegistry(), stateDirectory,
				this.out);
		return switch (command) {
			case UNIT, INSTALL -> {
				List<String> commandLine = command(name, install, windowsImpliedArguments(binder));
				if (commandLine == null) {
					yield CommandResult.INVALID;
				}
				InstallProperties.Windows windows = install.getWindows();
				WindowsServiceSpec spec = new WindowsServiceSpec(name, name, description(name, install),
						WindowsCommandLine.join(commandLine), windows.getStartType(), account(name, windows.getAccount()),
						windows.getRestartDelays(), windows.getFailureResetPeriod(),
						(windows.getPreshutdownTimeout() != null) ? windows.getPreshutdownTimeout()
								: drainTimeout(binder).plus(SHUTDOWN_MARGIN));
				if (command == ServiceCommand.UNIT) {
					this.out.print(spec.toScCommands());
					yield CommandResult.OK;
				}
				yield installer.install(spec, install.isForce(), install.isStart());
			}
			case UNINSTALL -> installer.uninstall(name);
			case STATUS -> installer.status(name);
			case START, STOP, RESTART -> installer.control(command, name);
		};
	}

	/**
	 * Settings a Windows service needs on its command line, because it reads them when Spring
	 * Boot starts, before {@code application.yml}: that it runs under the SCM (so it never
	 * depends on detection), and the wait hint of its first {@code START_PENDING}.
	 */
	static List<String> windowsImpliedArguments(Binder binder) {
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

	/**
	 * The command line of the service: the absolute java of this JVM and its options, the
	 * added options, {@code -jar} and the absolute jar, and the service's arguments.
	 */
	private @Nullable List<String> command(String name, InstallProperties install, List<String> implied) {
		Path jar = this.jar;
		if (jar == null) {
			this.out.println("service:install needs the application packaged as an executable jar: run it as "
					+ "java -jar app.jar service:install.");
			return null;
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(
				Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions());
		command.addAll(install.getJvmOptions());
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(serviceArguments(this.args, name, implied));
		return command;
	}

	private static Duration drainTimeout(Binder binder) {
		return binder.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
			.orElse(Duration.ofSeconds(30));
	}

	private static String description(String name, InstallProperties install) {
		return (install.getDescription() != null) ? install.getDescription() : name + " (Spring Boot service)";
	}

	private @Nullable SystemdUnitSpec spec(String name, boolean user, InstallProperties install, Binder binder) {
		List<String> command = command(name, install, List.of());
		Path jar = this.jar;
		if (command == null || jar == null) {
			return null;
		}
		Duration drain = drainTimeout(binder);
		Duration watchdog = install.getWatchdog();
		boolean reload = binder.bind("service.reload.enabled", Boolean.class).orElse(true);
		return new SystemdUnitSpec(name, description(name, install), command, jar.getParent(), !user,
				install.getRunAs(),
				(watchdog.isZero()) ? null : watchdog, drain.plus(SHUTDOWN_MARGIN), install.getRestartDelay(), reload,
				systemdVersion() >= 253, install.isSocketActivation() ? listenStream(binder) : null);
	}

	/**
	 * The socket unit's {@code ListenStream=}: {@code server.port} (8080 by default), on
	 * {@code server.address} when one is set.
	 */
	private static String listenStream(Binder binder) {
		int port = binder.bind("server.port", Integer.class).orElse(8080);
		String address = binder.bind("server.address", String.class).orElse(null);
		if (address == null) {
			return Integer.toString(port);
		}
		return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
	}

	private static @Nullable Path jar(@Nullable Class<?> mainClass) {
		File source = new ApplicationHome(mainClass).getSource();
		return (source != null && source.isFile() && source.getName().endsWith(".jar"))
				? source.toPath().toAbsolutePath() : null;
	}

	private static List<String> jvmOptions() {
		// The options the command was run with, so that java -Xmx512m -jar app.jar service:install
		// installs a service with -Xmx512m; debuggers and agents are left out.
		return ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((option) -> !option.startsWith("-agentlib:") && !option.startsWith("-javaagent:")
					&& !option.startsWith("-Xrunjdwp") && !option.equals("-Xdebug")
					&& !option.startsWith("-Dservice.install."))
			.toList();
	}

	/**
	 * The arguments the service runs with: those given with the command, other than
	 * {@code service:*} and {@code --service.install.*}, then the service's name and the
	 * implied settings where the command did not give them, so that the running service
	 * goes by the name it was installed under (its state directory, its Windows event source)
	 * whatever its fallbacks would find.
	 * @param args the command's arguments
	 * @param name the service name
	 * @param implied {@code --key=value} settings to add unless the command set the key
	 */
	static List<String> serviceArguments(String[] args, String name, List<String> implied) {
		List<String> arguments = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith(ServiceCommand.PREFIX) && !arg.startsWith("--service.install.")) {
				arguments.add(arg);
			}
		}
		List<String> defaults = new ArrayList<>();
		defaults.add("--service.name=" + name);
		defaults.addAll(implied);
		for (String setting : defaults) {
			String key = setting.substring(0, setting.indexOf('=') + 1);
			if (arguments.stream().noneMatch((arg) -> arg.startsWith(key))) {
				arguments.add(setting);
			}
		}
		return arguments;
	}

	/**
	 * Root installs system units and other users user units; the other commands act on the
	 * unit where it is installed, so root can manage its user units without repeating
	 * {@code --service.install.user=true}.
	 */
	private static boolean defaultsToUserUnit(ServiceCommand command, String name) {
		if (!isRoot()) {
			return true;
		}
		boolean installing = command == ServiceCommand.INSTALL || command == ServiceCommand.UNIT;
		String unit = name + ".service";
		return !installing && !Files.exists(unitDirectory(false).resolve(unit))
				&& Files.exists(unitDirectory(true).resolve(unit));
	}

	private static Path unitDirectory(boolean user) {
		if (!user) {
			return Path.of("/etc/systemd/system");
		}
		String configHome = System.getenv("XDG_CONFIG_HOME");
		Path base = (configHome != null && !configHome.isBlank()) ? Path.of(configHome)
				: Path.of(System.getProperty("user.home"), ".config");
		return base.resolve("systemd").resolve("user");
	}

	private static int systemdVersion() {
		Systemctl.Result version = Systemctl.of(false).run("--version");
		String[] words = version.output().split("\\s+");
		return (version.ok() && words.length > 1 && words[1].matches("\\d+")) ? Integer.parseInt(words[1]) : 0;
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
