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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.servicestarter.launch.StartupCacheKey;
import io.github.servicestarter.launch.StartupCacheLauncher;
import io.github.servicestarter.manager.CommandRun;
import io.github.servicestarter.manager.ControlCharacters;
import io.github.servicestarter.windows.SecurityDescriptor;
import io.github.servicestarter.windows.ServiceSid;
import io.github.servicestarter.windows.WindowsSecurity;
import org.jspecify.annotations.Nullable;

/**
 * The start-up cache of a Windows service, made by the installing administrator in the
 * state directory's {@code startup-cache} directory, which the service may read and not
 * change: the jar extracted with Spring Boot's {@code -Djarmode=tools}, a class data
 * archive made by a training run (a static CDS archive from the class list of the run,
 * which needs no base archive of the JVM's; an AOT cache from JDK 25), and the
 * {@link StartupCacheKey key} it was made for. The service then runs the
 * {@link StartupCacheLauncher}, which never runs a stale extraction. The SCM runs nothing
 * before a service, so a stale cache is made anew by the next {@code service:start},
 * {@code service:restart}, {@code service:upgrade} or {@code service:rollback}.
 * <p>
 * Windows cannot start a process as a virtual account outside the SCM: the training run
 * runs as the administrator, with the service's JVM options and arguments.
 *
 * @author Service Starter contributors
 */
final class WindowsStartupCache {

	/** The cache's directory in the state directory. */
	static final String DIRECTORY = "startup-cache";

	/** The service's command line without the cache, one word a line. */
	static final String COMMAND_FILE = "command.txt";

	/** The training run's own arguments, one a line. */
	static final String TRAINING_ARGUMENTS_FILE = "training-arguments.txt";

	/** What the extraction and the training run printed. */
	static final String TRAINING_LOG = "training.log";

	private static final String EXTRACTED = "extracted";

	private static final String EXTRACTED_JAR = "application.jar";

	private static final String CLASS_LIST = "classes.lst";

	private static final long STEP_MINUTES = 15;

	private final Path directory;

	private final String serviceName;

	private final StartupCachePlan plan;

	private final WindowsSecurity security;

	private final Steps steps;

	private final PrintStream out;

	/**
	 * Create the cache of a service.
	 * @param stateDirectory the service's state directory
	 * @param serviceName the service name
	 * @param feature the feature release of the service's JVM
	 * @param security reads and writes ACLs
	 * @param steps runs each step's command
	 * @param out where the cache says what it did
	 */
	WindowsStartupCache(Path stateDirectory, String serviceName, int feature, WindowsSecurity security, Steps steps,
			PrintStream out) {
		this.directory = stateDirectory.resolve(DIRECTORY);
		this.serviceName = serviceName;
		this.plan = StartupCachePlan.forJvm(feature);
		this.security = security;
		this.steps = steps;
		this.out = out;
	}

	/**
	 * Return the cache's directory.
	 * @return {@code <state directory>\startup-cache}
	 */
	Path directory() {
		return this.directory;
	}

	/**
	 * Make the cache anew for a command line and return the command line that starts from
	 * it; on failure remove what was made and say why.
	 * @param command the service's command line: java, options, {@code -jar}, the jar,
	 * arguments
	 * @param trainingArguments the arguments for the training run alone
	 * @return the command line that starts from the cache, or {@code null} when there is
	 * none
	 */
	@Nullable List<String> prepare(List<String> command, List<String> trainingArguments) {
		String unsupported = unsupported(command, trainingArguments);
		if (unsupported != null) {
			removeQuietly();
			this.out.println("Startup cache: none (" + unsupported + ")");
			return null;
		}
		long started = System.nanoTime();
		try {
			remove();
			Files.createDirectories(this.directory);
			this.security.write(this.directory,
					SecurityDescriptor.startupCacheDirectory(ServiceSid.of(this.serviceName)));
			Files.write(this.directory.resolve(COMMAND_FILE), command, StandardCharsets.UTF_8);
			Layout layout = new Layout(command);
			String failed = make(layout, trainingArguments);
			if (failed != null) {
				remove();
				this.out.println("Startup cache: none (" + failed + ")");
				return null;
			}
			layout.key().write(this.directory);
			this.out.printf(Locale.ROOT,
					"Startup cache: made in %.1f s (%s, %d MB); service:status says whether the service used it%n",
					(System.nanoTime() - started) / 1e9, layout.archive.getFileName(),
					Files.size(layout.archive) / (1024 * 1024));
			return layout.cachedCommand();
		}
		catch (IOException ex) {
			removeQuietly();
			this.out.println("Startup cache: none (" + this.directory + ": " + ex + ")");
			return null;
		}
	}

	/**
	 * Make the cache anew with the command line it was made for, when it is stale.
	 * @return the command line the service runs now: from the cache, or without it when
	 * it could not be made again; {@code null} when the service keeps no cache or it
	 * serves
	 */
	@Nullable List<String> refreshIfStale() {
		List<String> command = madeFor();
		if (command == null) {
			return null;
		}
		String stale = new Layout(command).staleness();
		if (stale == null) {
			return null;
		}
		this.out.println("Startup cache: " + stale + "; making it anew");
		List<String> cached = prepare(command, trainingArguments());
		return (cached != null) ? cached : command;
	}

	/**
	 * Return how the cache stands.
	 * @return {@code made}, {@code stale} and why, or {@code null} when there is none
	 */
	@Nullable String describe() {
		List<String> command = madeFor();
		if (command == null) {
			return null;
		}
		Layout layout = new Layout(command);
		String stale = layout.staleness();
		return (stale != null) ? "stale (" + stale + "; service:restart makes it anew)"
				: "made for this jar and JVM (" + layout.archive.getFileName() + ")";
	}

	/**
	 * Remove the cache.
	 * @throws IOException if it cannot be removed
	 */
	void remove() throws IOException {
		WindowsServiceInstaller.deleteRecursively(this.directory);
	}

	private void removeQuietly() {
		try {
			remove();
		}
		catch (IOException ex) {
			// What is left is never used: the service runs without the cache.
		}
	}

	/** The command line the cache was made for, or {@code null} when there is none. */
	private @Nullable List<String> madeFor() {
		try {
			List<String> command = Files.readAllLines(this.directory.resolve(COMMAND_FILE), StandardCharsets.UTF_8);
			return command.contains("-jar") ? command : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private List<String> trainingArguments() {
		try {
			return Files.readAllLines(this.directory.resolve(TRAINING_ARGUMENTS_FILE), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/**
	 * Run the extraction and the training run.
	 * @return why the cache could not be made, or {@code null}
	 */
	private @Nullable String make(Layout layout, List<String> trainingArguments) throws IOException {
		Files.write(this.directory.resolve(TRAINING_ARGUMENTS_FILE), trainingArguments, StandardCharsets.UTF_8);
		Path log = this.directory.resolve(TRAINING_LOG);
		// A name of its own: the JVM does not share the classes of a class path entry
		// whose name holds a space (seen under Wine with "sample app.jar").
		List<String> extract = List.of(layout.java.toString(), "-Djarmode=tools", "-jar", layout.jar.toString(),
				"extract", "--destination", layout.extractedDirectory.toString(), "--application-filename",
				EXTRACTED_JAR);
		int status = this.steps.run(extract, log);
		if (status != 0 || !Files.isRegularFile(layout.extractedJar)) {
			return "the jar could not be extracted (exit status " + status + ")" + lastLines(log);
		}
		List<String> training = layout.trainingCommand(StartupCacheLauncher.mainClass(layout.extractedJar),
				trainingArguments);
		status = this.steps.run(training, log);
		if (status != 0) {
			return "the training run failed (exit status " + status + ")" + lastLines(log);
		}
		if (!this.plan.aotCache()) {
			status = this.steps.run(layout.dumpCommand(), log);
			Files.deleteIfExists(layout.classList);
			if (status != 0) {
				return "the class data archive could not be made (exit status " + status + ")" + lastLines(log);
			}
		}
		return Files.isRegularFile(layout.archive) ? null : "the training run made no archive" + lastLines(log);
	}

	/** The last lines a step printed, for the reason. */
	private static String lastLines(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return "; it printed last: "
					+ String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * Why the cache cannot be made for a command line, or {@code null}: a training run's
	 * words pass through Java's own quoting on Windows, which leaves a double quote in a
	 * word ambiguous, and the cache keeps them one a line, which a control character
	 * would break.
	 */
	private static @Nullable String unsupported(List<String> command, List<String> trainingArguments) {
		for (List<String> words : List.of(command, trainingArguments)) {
			for (String word : words) {
				if (word.indexOf('"') >= 0) {
					return "the word " + ControlCharacters.printable(word) + " holds a double quote, which a training "
							+ "run's command line cannot carry unambiguously";
				}
				try {
					ControlCharacters.refuse(word);
				}
				catch (IllegalArgumentException ex) {
					return "the word " + ControlCharacters.printable(word) + " cannot be kept: " + ex.getMessage();
				}
			}
		}
		return null;
	}

	private static Path javaHome(Path java) {
		Path bin = java.toAbsolutePath().getParent();
		Path home = (bin != null) ? bin.getParent() : null;
		return (home != null) ? home : Path.of(System.getProperty("java.home"));
	}

	/**
	 * Where the cache's parts are for one command line, and the command lines that make
	 * and use them.
	 */
	private final class Layout {

		private final List<String> command;

		private final int jarOption;

		private final Path java;

		private final Path jar;

		private final Path extractedDirectory;

		private final Path extractedJar;

		private final Path archive;

		private final Path classList;

		Layout(List<String> command) {
			this.command = command;
			this.jarOption = command.indexOf("-jar");
			this.java = Path.of(command.get(0));
			this.jar = Path.of(command.get(this.jarOption + 1));
			this.extractedDirectory = WindowsStartupCache.this.directory.resolve(EXTRACTED);
			this.extractedJar = this.extractedDirectory.resolve(EXTRACTED_JAR);
			this.archive = WindowsStartupCache.this.directory.resolve(WindowsStartupCache.this.plan.archiveName());
			this.classList = WindowsStartupCache.this.directory.resolve(CLASS_LIST);
		}

		/** The key of the jar and the JVM as they are now. */
		StartupCacheKey key() {
			return StartupCacheKey.of(this.jar, javaHome(this.java));
		}

		/** Why the cache no longer serves the jar and the JVM, or {@code null}. */
		@Nullable String staleness() {
			return key().staleness(StartupCacheKey.read(WindowsStartupCache.this.directory));
		}

		/** The class path the archive is made for and used with. */
		private String classPath() {
			return this.extractedJar + File.pathSeparator + this.jar;
		}

		private List<String> jvmOptions() {
			return this.command.subList(1, this.jarOption);
		}

		private List<String> arguments() {
			return this.command.subList(this.jarOption + 2, this.command.size());
		}

		List<String> trainingCommand(String mainClass, List<String> trainingArguments) {
			List<String> training = new ArrayList<>();
			training.add(this.java.toString());
			training.addAll(jvmOptions());
			StartupCachePlan plan = WindowsStartupCache.this.plan;
			// Before JDK 25 a class list for a static archive, which needs no base
			// archive.
			training.add(plan.aotCache() ? plan.trainingOption() + this.archive
					: "-XX:DumpLoadedClassList=" + this.classList);
			training.add("-Dspring.context.exit=onRefresh");
			// The starter stays out of a training run: no service dispatcher, no restart
			// journal entry. The service's own --service.manager=windows would win over
			// the system property.
			training.add("-Dservice.manager=none");
			training.add("-cp");
			training.add(classPath());
			training.add(mainClass);
			arguments().stream()
				.filter((argument) -> !argument.startsWith("--service.manager="))
				.forEach(training::add);
			training.addAll(trainingArguments);
			return training;
		}

		List<String> dumpCommand() {
			List<String> dump = new ArrayList<>();
			dump.add(this.java.toString());
			dump.addAll(jvmOptions());
			dump.add("-Xshare:dump");
			dump.add("-XX:SharedClassListFile=" + this.classList);
			dump.add("-XX:SharedArchiveFile=" + this.archive);
			dump.add("-cp");
			dump.add(classPath());
			return dump;
		}

		List<String> cachedCommand() {
			List<String> cached = new ArrayList<>();
			cached.add(this.java.toString());
			cached.addAll(jvmOptions());
			cached.add(WindowsStartupCache.this.plan.archiveOption() + this.archive);
			cached.add("-cp");
			cached.add(classPath());
			cached.add(StartupCacheLauncher.class.getName());
			cached.addAll(arguments());
			return cached;
		}

	}

	/**
	 * A cache to make at install.
	 *
	 * @param command the service's command line: java, options, {@code -jar}, the jar,
	 * arguments
	 * @param trainingArguments the arguments for the training run alone
	 */
	record Request(List<String> command, List<String> trainingArguments) {

	}

	/**
	 * Runs one step of making the cache.
	 */
	@FunctionalInterface
	interface Steps {

		/** Steps run as processes of this user, each within fifteen minutes. */
		Steps PROCESSES = (command, log) -> {
			try {
				CommandRun step = CommandRun.run(command, new byte[0], Duration.ofMinutes(STEP_MINUTES));
				Files.writeString(log, step.output() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
				return step.exitCode();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return CommandRun.ENDED;
			}
		};

		/**
		 * Run a command, what it prints appended to the log.
		 * @param command the command
		 * @param log the log
		 * @return its exit status, {@link CommandRun#ENDED} when it was ended
		 * @throws IOException if it cannot be started
		 */
		int run(List<String> command, Path log) throws IOException;

	}

}
