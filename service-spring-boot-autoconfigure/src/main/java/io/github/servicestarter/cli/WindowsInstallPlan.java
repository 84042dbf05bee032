package io.github.servicestarter.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.windows.RegistrationSyntax;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.WindowsCommandLine;
import io.github.servicestarter.windows.WindowsServiceSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The {@code service:*} commands on Windows: a service registered with the Service Control
 * Manager, with its recovery actions, its account and its event source.
 *
 * @author Service Starter contributors
 */
final class WindowsInstallPlan {

	private final ServiceCommandLine commandLine;

	private final ServiceRegistry registry;

	WindowsInstallPlan(ServiceCommandLine commandLine, ServiceRegistry registry) {
		this.commandLine = commandLine;
		this.registry = registry;
	}

	int run(ServiceCommand command, InstallProperties install, Binder binder) {
		ServiceIdentity identity = this.commandLine.identity(null);
		if (identity == null) {
			return CommandResult.INVALID;
		}
		String name = identity.name();
		WindowsServiceInstaller installer = new WindowsServiceInstaller(this.registry,
				identity.stateDirectory(), this.commandLine.out());
		return switch (command) {
			case UNIT, INSTALL -> {
				WindowsServiceSpec spec = spec(name, install, binder);
				if (spec == null) {
					yield CommandResult.INVALID;
				}
				if (command == ServiceCommand.UNIT) {
					this.commandLine.out().print(spec.toScCommands());
					yield CommandResult.OK;
				}
				yield installer.install(spec, install.isForce(), install.isStart());
			}
			case UNINSTALL -> installer.uninstall(name);
			case STATUS -> installer.status(name);
			case START, STOP, RESTART -> installer.control(command, name);
			case UPGRADE, ROLLBACK -> {
				JarReplacement.Change change = this.commandLine.jarChange(command);
				yield (change != null) ? installer.replaceJar(name, change) : CommandResult.INVALID;
			}
		};
	}

	private @Nullable WindowsServiceSpec spec(String name, InstallProperties install, Binder binder) {
		List<String> command = this.commandLine.command(name, install, impliedArguments(binder),
				RegistrationSyntax::commandWord);
		if (command == null) {
			return null;
		}
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
		return new WindowsServiceSpec(name, name, ServiceCommandLine.description(name, install),
				binaryPath, windows.getStartType(), account(name, windows.getAccount()),
				windows.getRestartDelays(), windows.getFailureResetPeriod(), preshutdown);
	}

	/**
	 * Settings a Windows service needs on its command line, because it reads them when Spring
	 * Boot starts, before {@code application.yml}: that it runs under the SCM (so it never
	 * depends on detection), and the wait hint of its first {@code START_PENDING}.
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
