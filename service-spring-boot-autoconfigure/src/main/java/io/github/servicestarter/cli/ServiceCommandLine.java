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

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.platform.Platform;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.env.Environment;

/**
 * Runs one {@code service:*} command through the install plan of the operating system.
 * The service definition is derived, not templated: the absolute java of the running JVM
 * and its options, the absolute jar, the arguments given with the command (other than
 * {@code service:*} and {@code --service.install.*}), and the {@code service.*}
 * properties from the command line, {@code application.yml} and the environment, as the
 * running service will see them.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceCommandLine {

	/** Time the manager gives a stop beyond the application's own drain timeout. */
	static final Duration SHUTDOWN_MARGIN = Duration.ofSeconds(15);

	static final String JVM_OPTIONS = "service.install.jvm-options";

	static final String ALLOW_AGENTS = "service.install.allow-agents";

	static final String ALLOW_WRITABLE_PATHS = "service.install.allow-writable-paths";

	/**
	 * Names Spring Boot masked the values of before it masked them all: password, secret,
	 * key, token, credentials.
	 */
	private static final Pattern SECRET_KEY = Pattern.compile(
			"password|secret|token|credentials|(^|[._-])(api|private|access|secret)?[._-]?key$|^spring\\.application\\.json$");

	private final String[] args;

	private final Environment environment;

	private final @Nullable Path jar;

	private final HostFacts host;

	private final PrintStream out;

	private final SettingSources sources;

	/**
	 * Create the command line of this process.
	 * @param args the application's arguments
	 * @param environment the prepared environment
	 * @param mainClass the application's main class, to find its jar
	 * @param out where to print
	 */
	public ServiceCommandLine(String[] args, Environment environment, @Nullable Class<?> mainClass, PrintStream out) {
		this(args, environment, jar(mainClass), Platform.current().host(), out);
	}

	ServiceCommandLine(String[] args, Environment environment, @Nullable Path jar, HostFacts host, PrintStream out) {
		this.args = args.clone();
		this.environment = environment;
		this.jar = jar;
		this.host = host;
		this.out = out;
		this.sources = new SettingSources(environment);
	}

	/**
	 * Run the command found in the arguments.
	 * @param command the command
	 * @return the exit code, see {@link CommandResult}
	 */
	public int run(ServiceCommand command) {
		Binder binder = Binder.get(this.environment);
		InstallProperties install = binder.bindOrCreate("service.install", InstallProperties.class);
		if (command == ServiceCommand.INSTALL) {
			printSettings();
		}
		try {
			if (this.host.windows()) {
				Platform platform = Platform.current();
				return new WindowsInstallPlan(this, platform.serviceRegistry(), platform.windowsSecurity(),
						platform.secretProtection())
					.run(command, install, binder);
			}
			return new SystemdInstallPlan(this, this.host).run(command, install, binder);
		}
		catch (InstallRefusal ex) {
			this.out.println(ex.getMessage());
			return CommandResult.INVALID;
		}
	}

	/**
	 * Say which settings the install takes and where each came from, so that a setting
	 * from a file nobody meant (a {@code config/} in the current directory) shows.
	 */
	private void printSettings() {
		Collection<String> settings = this.sources.effective();
		if (!settings.isEmpty()) {
			this.out.println("Settings (current directory " + Path.of("").toAbsolutePath() + "):");
			settings.forEach((setting) -> this.out.println("  " + setting));
		}
	}

	/**
	 * Work out the service's identity ({@link ServiceIdentity#resolve}), the jar's name
	 * being the last fallback for its name.
	 * @param unit the installed unit found for this jar, or {@code null}
	 * @return the identity, or {@code null} when its name cannot name a service (said
	 * why)
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
	 * The command line of the service: the absolute java, the added options, this JVM's
	 * options, {@code -jar} and the absolute jar, and the service's arguments. Each word
	 * is checked by the rule of the definition it goes into; options that load code into
	 * the JVM (agents, debuggers) are taken only from the command line, and only with
	 * {@code --service.install.allow-agents=true}.
	 * @param name the service name
	 * @param install the install settings
	 * @param impliedJvmOptions the JVM options the service needs, added before the
	 * configured ones
	 * @param implied {@code --key=value} settings to add unless the command set the key
	 * @param wordRule the rule of one word: returns it or throws
	 * {@link IllegalArgumentException} saying what is wrong
	 * @return the command line, or {@code null} when this is not run from a jar (said
	 * why)
	 * @throws InstallRefusal when a word cannot go into the definition
	 */
	@Nullable List<String> command(String name, InstallProperties install, List<String> impliedJvmOptions, List<String> implied,
			UnaryOperator<String> wordRule) {
		Path jar = this.jar;
		if (jar == null) {
			this.out.println("service:install needs the application packaged as an executable jar: run it as "
					+ "java -jar app.jar service:install.");
			return null;
		}
		List<String> command = new ArrayList<>();
		command.add(word("the path of java", java().toString(), wordRule));
		// The install command's own options come after those implied, so that for the
		// same flag they win (the JVM takes the last).
		for (String option : impliedJvmOptions) {
			command.add(word("the JVM option the service needs", option, wordRule));
		}
		for (String option : inheritedJvmOptions()) {
			command.add(word("the install command's JVM option", option, wordRule));
		}
		for (String option : configuredJvmOptions(install)) {
			command.add(word(this.sources.describe(JVM_OPTIONS), option, wordRule));
		}
		command.add("-jar");
		command.add(word("the jar's path", jar.toString(), wordRule));
		for (String argument : serviceArguments(this.args, name, implied)) {
			command.add(word("the argument", argument, wordRule));
		}
		warnOfSecrets(command);
		return command;
	}

	/**
	 * Say so when a word of the command line sets a property whose name looks secret (by
	 * the rules Spring Boot once masked values by): the command line is readable by every
	 * local user ({@code systemctl cat}, {@code sc qc}, {@code ps}).
	 */
	private void warnOfSecrets(List<String> command) {
		for (String word : command) {
			String key = ((word.startsWith("--") || word.startsWith("-D")) && word.indexOf('=') > 2)
					? word.substring(2, word.indexOf('=')) : null;
			if (key != null && SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).find()) {
				this.out.println("Warning: " + key + " looks like a secret, and the command line of a service is "
						+ "readable by every local user. Store it as a secret instead: --service.install.secret."
						+ key.toLowerCase(Locale.ROOT) + "=stdin (or file:<path>, env:<variable>).");
			}
		}
	}

	/**
	 * Decide whether only the trusted can change what the service runs: this jar, the
	 * directories above it, its working directory's configuration and this JVM. An
	 * install refuses otherwise, saying which paths and who, unless the command line
	 * accepts it with {@code --service.install.allow-writable-paths=true}.
	 * @param writers who besides the trusted can change a path
	 * @param install the install settings
	 * @return whether the install goes on
	 */
	boolean trustworthy(WritablePaths.Writers writers, InstallProperties install) {
		Path jar = this.jar;
		List<String> problems = (jar != null)
				? new WritablePaths(writers).problems(jar, java(), Path.of(System.getProperty("java.home")))
				: List.of();
		if (problems.isEmpty()) {
			return true;
		}
		boolean accepted = install.isAllowWritablePaths() && this.sources.fromCommandLine(ALLOW_WRITABLE_PATHS);
		this.out.println((accepted ? "Installing although" : "Refused:")
				+ " others than root and the service's own user can change the code the service runs:");
		problems.forEach((problem) -> this.out.println("  " + problem));
		if (!accepted) {
			this.out.println("Whoever can change these runs code as the service. Put the jar where only root "
					+ "(or an administrator) can write, such as /opt/<name>/ or C:\\Program Files\\<name>\\, and "
					+ "remove the others' write access; or accept it with --" + ALLOW_WRITABLE_PATHS + "=true on the "
					+ "command line. Nothing was installed or changed.");
		}
		return accepted;
	}

	/**
	 * The absolute java of this JVM, which the service runs.
	 */
	private static Path java() {
		return Path.of(ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
	}

	private static String word(String what, String word, UnaryOperator<String> rule) {
		InstallRefusal.check(what, word, rule);
		return word;
	}

	/**
	 * Return where each setting came from.
	 * @return the sources of the settings
	 */
	SettingSources sources() {
		return this.sources;
	}

	/**
	 * Return what {@code service:upgrade NEW.jar} or {@code service:rollback} changes:
	 * this jar, which the service runs, and for an upgrade the new jar, the first
	 * argument after the command that is no option.
	 * @param command {@link ServiceCommand#UPGRADE} or {@link ServiceCommand#ROLLBACK}
	 * @return the change, or {@code null} when a jar is missing (said how to give it)
	 */
	JarReplacement.@Nullable Change jarChange(ServiceCommand command) {
		String usage = "java -jar /path/of/the/installed/app.jar " + ServiceCommand.PREFIX + command.commandName()
				+ ((command == ServiceCommand.UPGRADE) ? " /path/to/new.jar" : "");
		if (this.jar == null) {
			this.out
				.println(ServiceCommand.PREFIX + command.commandName() + " acts on the jar the service runs: " + usage);
			return null;
		}
		if (command == ServiceCommand.ROLLBACK) {
			return new JarReplacement.Change(new JarReplacement(this.jar), null);
		}
		List<String> operands = operands();
		if (!operands.isEmpty()) {
			return new JarReplacement.Change(new JarReplacement(this.jar), Path.of(operands.get(0)).toAbsolutePath());
		}
		this.out.println(ServiceCommand.PREFIX + command.commandName() + " needs the new jar: " + usage);
		return null;
	}

	/** The arguments after the {@code service:*} command that are not options. */
	private List<String> operands() {
		List<String> operands = new ArrayList<>();
		boolean afterCommand = false;
		for (String arg : this.args) {
			if (arg.startsWith(ServiceCommand.PREFIX)) {
				afterCommand = true;
			}
			else if (afterCommand && !arg.startsWith("-")) {
				operands.add(arg);
			}
		}
		return operands;
	}

	/**
	 * Read the secrets the install stores, each from its source, before anything is
	 * written.
	 * @param install the install settings
	 * @return the values by property, in the order given
	 * @throws InstallRefusal when a name or a source cannot give a secret
	 */
	Map<String, byte[]> secrets(InstallProperties install) {
		Map<String, byte[]> secrets = new LinkedHashMap<>();
		install.getSecret().forEach((property, source) -> {
			String setting = this.sources.describe("service.install.secret." + property);
			InstallRefusal.check(setting, property, SecretSource::property);
			secrets.put(property, secretValue(setting, property, source));
		});
		return secrets;
	}

	/**
	 * Store the secrets an install read, and say so.
	 * @param store the service's secrets
	 * @param secrets the values by property
	 * @param where how and where the store keeps them, e.g.
	 * {@code "with DPAPI in C:\\..."}
	 * @param failed what a failure leaves behind, for people
	 * @return whether every secret was stored
	 */
	boolean storeSecrets(SecretStore store, Map<String, byte[]> secrets, String where, String failed) {
		try {
			for (Map.Entry<String, byte[]> secret : secrets.entrySet()) {
				store.set(secret.getKey(), secret.getValue());
			}
			this.out.println("Stored " + secrets.size() + " secret(s), encrypted " + where + ": "
					+ String.join(", ", secrets.keySet()));
			return true;
		}
		catch (IOException ex) {
			this.out.println("Could not store the secrets: " + ex.getMessage() + ". " + failed);
			return false;
		}
	}

	private byte[] secretValue(String setting, String property, String source) {
		try {
			return SecretSource.read(source, property, this.host.process()::getenv, System.console(), System.in);
		}
		catch (IllegalArgumentException ex) {
			throw new InstallRefusal(setting, source, Objects.requireNonNullElse(ex.getMessage(), ex.toString()),
					"Give the secret's source as file:<path>, env:<variable> or stdin.");
		}
	}

	/**
	 * Run {@code service:secret list|set|remove} on a service's secrets.
	 * @param store the service's secrets
	 * @param changed what to do once they changed (load them into the service definition)
	 * @return the exit code
	 */
	int secretCommand(SecretStore store, Runnable changed) {
		List<String> operands = operands();
		String usage = "Use service:secret list, service:secret set <property> [file:<path>|env:<variable>|stdin] "
				+ "or service:secret remove <property>.";
		try {
			String action = operands.isEmpty() ? "" : operands.get(0);
			switch (action) {
				case "list" -> {
					List<String> properties = store.list();
					this.out.println(properties.isEmpty() ? "No secrets." : "Secrets (names only):");
					properties.forEach((property) -> this.out.println("  " + property));
					return CommandResult.OK;
				}
				case "set", "remove" -> {
					if (operands.size() < 2) {
						this.out.println(usage);
						return CommandResult.INVALID;
					}
					String property = InstallRefusal.check("the secret's property", operands.get(1),
							SecretSource::property);
					if (action.equals("set")) {
						String source = (operands.size() > 2) ? operands.get(2) : "stdin";
						store.set(property, secretValue("the secret's source", property, source));
						this.out.println("Stored the secret " + property + ".");
					}
					else if (!store.remove(property)) {
						this.out.println("There is no secret " + property + ".");
						return CommandResult.INVALID;
					}
					else {
						this.out.println("Removed the secret " + property + ".");
					}
					changed.run();
					this.out.println("The service reads its secrets when it starts: restart it (service:restart).");
					return CommandResult.OK;
				}
				default -> {
					this.out.println(usage);
					return CommandResult.INVALID;
				}
			}
		}
		catch (IOException ex) {
			this.out.println("Could not change the secrets: " + ex.getMessage());
			return CommandResult.FAILED;
		}
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

	/**
	 * The options the command was run with (the java tool variables included), so that
	 * {@code java -Xmx512m -jar app.jar service:install} installs a service with
	 * {@code -Xmx512m}; options that load code are left out, and said so.
	 */
	private List<String> inheritedJvmOptions() {
		List<String> options = new ArrayList<>();
		for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (loadsCode(option)) {
				this.out.println("Left out " + option + ": agents and debuggers of the install command are not "
						+ "installed. Give one with --" + JVM_OPTIONS + " and --" + ALLOW_AGENTS + "=true.");
			}
			else if (!option.startsWith("-Dservice.install.")) {
				options.add(option);
			}
		}
		return options;
	}

	private List<String> configuredJvmOptions(InstallProperties install) {
		List<String> options = install.getJvmOptions();
		for (String option : options) {
			if (!option.startsWith("-")) {
				throw new InstallRefusal(this.sources.describe(JVM_OPTIONS), option, "is not a JVM option (each "
						+ "starts with -; a comma separates two options, so an option holding a comma is split)",
						"Give options with commas one by one, as --" + JVM_OPTIONS + "[0]=-Dlist=a,b.");
			}
			if (loadsCode(option) && !(install.isAllowAgents() && this.sources.fromCommandLine(ALLOW_AGENTS)
					&& this.sources.fromCommandLine(JVM_OPTIONS))) {
				throw new InstallRefusal(this.sources.describe(JVM_OPTIONS), option,
						"loads code into the service's JVM (an agent, a debugger or a command run on an event)",
						"Give it on the command line with --" + ALLOW_AGENTS + "=true if it is meant.");
			}
		}
		return options;
	}

	/**
	 * Whether a JVM option loads code into the JVM or runs a command: agents, debuggers,
	 * a boot class path addition, commands run on an error.
	 */
	static boolean loadsCode(String option) {
		String lower = option.toLowerCase(Locale.ROOT);
		return lower.startsWith("-javaagent:") || lower.startsWith("-agentlib:") || lower.startsWith("-agentpath:")
				|| lower.startsWith("-xrun") || lower.equals("-xdebug") || lower.startsWith("-xbootclasspath")
				|| lower.startsWith("-xx:onerror=") || lower.startsWith("-xx:onoutofmemoryerror=");
	}

	/**
	 * The arguments the service runs with: those given with the command, other than
	 * {@code service:*} and {@code --service.install.*}, then the service's name and the
	 * implied settings where the command did not give them, so that the running service
	 * goes by the name it was installed under (its state directory, its Windows event
	 * source) whatever its fallbacks would find.
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
