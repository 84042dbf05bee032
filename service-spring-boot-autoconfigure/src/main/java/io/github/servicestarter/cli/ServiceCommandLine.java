package io.github.servicestarter.cli;

import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.platform.Platform;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.env.Environment;

/**
 * Runs one {@code service:*} command through the install plan of the operating system. The
 * service definition is derived, not templated: the absolute java of the running JVM and its
 * options, the absolute jar, the arguments given with the command (other than
 * {@code service:*} and {@code --service.install.*}), and the {@code service.*} properties
 * from the command line, {@code application.yml} and the environment, as the running
 * service will see them.
 *
 * @author Service Starter contributors
 */
public final class ServiceCommandLine {

	/** Time the manager gives a stop beyond the application's own drain timeout. */
	static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(15);

	private final String[] args;

	private final Environment environment;

	private final @Nullable Path jar;

	private final HostFacts host;

	private final PrintStream out;

	/**
	 * Create the command line of this process.
	 * @param args the application's arguments
	 * @param environment the prepared environment
	 * @param mainClass the application's main class, to find its jar
	 * @param out where to print
	 */
	public ServiceCommandLine(String[] args, Environment environment, @Nullable Class<?> mainClass, PrintStream out) {
		this(args, environment, jar(mainClass), Platform.host(), out);
	}

	ServiceCommandLine(String[] args, Environment environment, @Nullable Path jar, HostFacts host, PrintStream out) {
		this.args = args.clone();
		this.environment = environment;
		this.jar = jar;
		this.host = host;
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
		if (this.host.windows()) {
			return new WindowsInstallPlan(this, Platform.serviceRegistry()).run(command, install, binder);
		}
		return new SystemdInstallPlan(this, this.host).run(command, install, binder);
	}

	/**
	 * Work out the service's identity ({@link ServiceIdentity#resolve}), the jar's name
	 * being the last fallback for its name.
	 * @param unit the installed unit found for this jar, or {@code null}
	 * @return the identity, or {@code null} when its name cannot name a service (said why)
	 */
	@Nullable ServiceIdentity identity(@Nullable String unit) {
		ServiceIdentity identity = ServiceIdentity.resolve(this.environment::getProperty, unit, this.jar, this.host);
		if (!identity.hasValidName()) {
			this.out.println("'" + identity.name() + "' cannot name a service: use letters, digits and . _ - @ only, "
					+ "starting with a letter or digit. Set one with --service.name=my-app.");
			return null;
		}
		return identity;
	}

	/**
	 * The command line of the service: the absolute java of this JVM and its options, the
	 * added options, {@code -jar} and the absolute jar, and the service's arguments.
	 * @param name the service name
	 * @param install the install settings
	 * @param implied {@code --key=value} settings to add unless the command set the key
	 * @return the command line, or {@code null} when this is not run from a jar (said why)
	 */
	@Nullable List<String> command(String name, InstallProperties install, List<String> implied) {
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

	/**
	 * Return the application's jar.
	 * @return the jar, or {@code null} when the application does not run from one
	 */
	@Nullable Path jar() {
		return this.jar;
	}

	/**
	 * Return where the command prints.
	 * @return the output
	 */
	PrintStream out() {
		return this.out;
	}

	static Duration drainTimeout(Binder binder) {
		return binder.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
			.orElse(Duration.ofSeconds(30));
	}

	static String description(String name, InstallProperties install) {
		return (install.getDescription() != null) ? install.getDescription() : name + " (Spring Boot service)";
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

}
