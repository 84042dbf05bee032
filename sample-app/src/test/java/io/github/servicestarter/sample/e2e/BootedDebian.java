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

package io.github.servicestarter.sample.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * A stock Debian booted with systemd as PID 1, journald and dbus-daemon, the shape users
 * run services in: Debian 12 (systemd 252, OpenJDK 17), or Debian 13 (systemd 257,
 * OpenJDK 25) with {@code -De2e.debian=trixie}. The root file system is made once with
 * {@code debootstrap} and cached; each test boots it with {@code systemd-nspawn} over an
 * overlay of its own, so it starts from a clean system and its changes survive a reboot
 * of the container but never reach the cache. The sample fat jar is at {@link #JAR}
 * inside. Register it as a static JUnit extension; the console and the journal of each
 * test stay in {@code target/e2e/<TestClass>/<test>}.
 */
final class BootedDebian implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

	/** Where the sample jar is inside the container. */
	static final String JAR = "/opt/app/app.jar";

	/**
	 * The tag of the tests the build runs on every release, not only on the first: those
	 * whose outcome depends on the release's systemd or JDK (a whole class, or single
	 * tests).
	 */
	static final String EVERY_RELEASE = "every-release";

	/**
	 * What the root file system holds besides minbase and the release's JDK; part of the
	 * cache key.
	 */
	private static final String PACKAGES = "systemd,systemd-sysv,dbus,libnss-systemd,curl,procps";

	/**
	 * The release booted: the system property {@code e2e.debian}, Debian 12 when unset.
	 */
	static final Release RELEASE = Release.of(System.getProperty("e2e.debian", "bookworm"));

	private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(60);

	private static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

	private @Nullable Path rootfs;

	private Path directory = Path.of("target");

	private Path merged = Path.of("target");

	private @Nullable Process nspawn;

	private long pid1;

	private int boots;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		SampleUnit.jar();
		Prerequisites.require("root".equals(System.getProperty("user.name")), "root, to boot a container");
		for (String tool : List.of("systemd-nspawn", "debootstrap", "nsenter", "mount")) {
			Prerequisites.require(onPath(tool), tool + " (apt-get install systemd-container debootstrap)");
		}
		this.rootfs = rootfs();
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		Path logs = SampleUnit.logDirectory(context.getRequiredTestClass());
		this.directory = logs.resolve(context.getRequiredTestMethod().getName());
		FileSystemUtils.deleteRecursively(this.directory);
		Files.createDirectories(this.directory);
		// The overlay's upper layer must be outside target/ only because target/ may be
		// on a file system overlayfs refuses; /var/tmp is on the root file system here.
		Path layers = Files.createTempDirectory(Path.of("/var/tmp"), "booted-debian-");
		Path upper = Files.createDirectory(layers.resolve("upper"));
		Path work = Files.createDirectory(layers.resolve("work"));
		this.merged = Files.createDirectory(layers.resolve("merged"));
		run(List.of("mount", "-t", "overlay", "overlay", "-o",
				"lowerdir=" + this.rootfs + ",upperdir=" + upper + ",workdir=" + work, this.merged.toString()),
				Duration.ofSeconds(30))
			.orFail("mount the overlay");
		Path app = Files.createDirectories(this.merged.resolve(JAR.substring(1)).getParent());
		Files.copy(SampleUnit.jar(), app.resolve("app.jar"));
		this.boots = 0;
		boot();
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		try {
			Files.writeString(this.directory.resolve("journal.log"), exec("journalctl", "-b", "--no-pager").output());
			poweroff();
		}
		finally {
			Process nspawn = this.nspawn;
			if (nspawn != null && nspawn.isAlive()) {
				nspawn.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			Path layers = this.merged.getParent();
			run(List.of("umount", "-l", this.merged.toString()), Duration.ofSeconds(30));
			FileSystemUtils.deleteRecursively(layers);
		}
	}

	/**
	 * Boot the container (again, after {@link #poweroff()} or a reboot from inside) and
	 * wait until systemd says the system is running.
	 */
	void boot() throws IOException {
		this.boots++;
		Path console = this.directory.resolve("console-" + this.boots + ".log");
		ProcessBuilder builder = new ProcessBuilder("systemd-nspawn", "--directory=" + this.merged, "--boot",
				"--register=no", "--keep-unit", "--private-network", "--console=read-only", "--machine=debian-e2e")
			.redirectErrorStream(true)
			.redirectOutput(console.toFile());
		// The host's cgroups are hybrid; a current distribution has the pure v2
		// hierarchy.
		builder.environment().put("SYSTEMD_NSPAWN_UNIFIED_HIERARCHY", "1");
		builder.environment().keySet().removeIf((name) -> name.equals("NOTIFY_SOCKET") || name.startsWith("LISTEN_"));
		Process nspawn = builder.start();
		this.nspawn = nspawn;
		await("the container's systemd to start").atMost(BOOT_TIMEOUT)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> containerInit(nspawn).isPresent() || !nspawn.isAlive());
		assertThat(nspawn.isAlive()).as("systemd-nspawn is running (see %s)", console).isTrue();
		this.pid1 = containerInit(nspawn).orElseThrow();
		await("the container to finish booting").atMost(BOOT_TIMEOUT)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> exec("systemctl", "is-system-running").output().matches("(?s)(running|degraded).*"));
	}

	private static Optional<Long> containerInit(Process nspawn) {
		return nspawn.children()
			.filter((child) -> child.info().command().map((command) -> command.endsWith("systemd")).orElse(false))
			.map(ProcessHandle::pid)
			.findFirst();
	}

	/**
	 * Power the container off and wait until it is gone.
	 */
	void poweroff() throws InterruptedException {
		Process nspawn = this.nspawn;
		if (nspawn == null || !nspawn.isAlive()) {
			return;
		}
		exec("systemctl", "poweroff", "--no-block");
		if (!nspawn.waitFor(60, TimeUnit.SECONDS)) {
			nspawn.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Reboot the container from inside, as an operator would, and wait until it is
	 * running again.
	 */
	void reboot() throws IOException, InterruptedException {
		Process nspawn = this.nspawn;
		exec("systemctl", "reboot", "--no-block");
		assertThat(nspawn.waitFor(60, TimeUnit.SECONDS)).as("the container shut down for the reboot").isTrue();
		// systemd-nspawn exits with 133 when the container asked to be rebooted.
		assertThat(nspawn.exitValue()).isEqualTo(133);
		boot();
	}

	/**
	 * Run a command inside the container as root, with a clean environment.
	 * @param command the command and its arguments
	 * @return how it ended
	 */
	Result exec(String... command) {
		return execAs(null, command);
	}

	/**
	 * Run a command inside the container as the given user, with a clean environment.
	 * @param user the numeric id of the user and of its group, or {@code null} for root
	 * @param command the command and its arguments
	 * @return how it ended
	 */
	Result execAs(@Nullable String user, String... command) {
		List<String> line = new ArrayList<>(List.of("nsenter", "--target=" + this.pid1, "--all"));
		if (user != null) {
			line.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + user, "--clear-groups"));
		}
		line.addAll(List.of("env", "-i", "PATH=" + PATH, "LANG=C.UTF-8"));
		line.addAll(List.of(command));
		return run(line, Duration.ofMinutes(3));
	}

	String execOrFail(String... command) {
		return exec(command).orFail(String.join(" ", command));
	}

	/**
	 * Run the sample jar inside the container, as a user would:
	 * {@code java -jar app.jar ...}.
	 * @param arguments the arguments
	 * @return how it ended
	 */
	Result app(String... arguments) {
		return appAs(null, arguments);
	}

	/**
	 * Install the sample as docs/install.md says, as root: {@code java -jar app.jar
	 * service:install --server.port=<port> [arguments]}, which also starts it; fails the
	 * test when the command fails.
	 * @param port the application's port
	 * @param arguments more arguments of the install command
	 * @return what the command printed
	 */
	String install(int port, String... arguments) {
		List<String> command = new ArrayList<>(List.of("service:install", "--server.port=" + port));
		command.addAll(List.of(arguments));
		Result install = app(command.toArray(String[]::new));
		assertThat(install.exitCode()).as(install.output()).isZero();
		return install.output();
	}

	/**
	 * Run the sample jar inside the container as root with the given standard input,
	 * which never appears on a command line: it is read from a root-only file made for
	 * the run.
	 * @param input what standard input holds
	 * @param arguments the arguments
	 * @return how it ended
	 */
	Result appWithInput(String input, String... arguments) throws IOException {
		Path file = path("/root/.standard-input");
		Files.writeString(file, input, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		try {
			List<String> command = new ArrayList<>(List.of("sh", "-c",
					"exec java -Xmx192m -XX:TieredStopAtLevel=1 -jar " + JAR + " \"$@\" < /root/.standard-input",
					"sh"));
			command.addAll(List.of(arguments));
			return exec(command.toArray(String[]::new));
		}
		finally {
			Files.delete(file);
		}
	}

	Result appAs(@Nullable String user, String... arguments) {
		List<String> command = new ArrayList<>(List.of("java", "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar", JAR));
		command.addAll(List.of(arguments));
		return execAs(user, command.toArray(String[]::new));
	}

	/**
	 * Return a page of the app from inside the container.
	 * @param port the port
	 * @param path the path
	 * @return the body, or an empty string when the request failed
	 */
	String get(int port, String path) {
		return exec("curl", "-sS", "--max-time", "20", "http://127.0.0.1:" + port + path).output();
	}

	Result post(int port, String path) {
		return exec("curl", "-sS", "--max-time", "20", "-X", "POST", "http://127.0.0.1:" + port + path);
	}

	/**
	 * Send slow requests to the sample ({@code /slow}) and wait until they are all in
	 * flight.
	 * @param port the application's port
	 * @param count how many
	 * @param millis how long each takes
	 * @return the requests, each ending with curl's result
	 */
	List<CompletableFuture<Result>> slowRequestsInFlight(int port, int count, long millis) {
		List<CompletableFuture<Result>> slow = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			slow.add(CompletableFuture.supplyAsync(
					() -> exec("curl", "-sS", "--max-time", "90", "http://127.0.0.1:" + port + "/slow?ms=" + millis)));
		}
		await(count + " slow requests in flight").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> get(port, "/slow/in-flight").contains("\"inFlight\":" + count));
		return slow;
	}

	Map<String, String> show(String unit, String... properties) {
		List<String> command = new ArrayList<>(List.of("systemctl", "show", unit));
		for (String property : properties) {
			command.add("-p");
			command.add(property);
		}
		return UnitProperties.parse(execOrFail(command.toArray(String[]::new)));
	}

	Map<String, String> awaitUnit(String unit, Duration timeout, Predicate<Map<String, String>> condition,
			String... properties) {
		return UnitProperties.await(unit, timeout, condition, () -> show(unit, properties));
	}

	/**
	 * Return the journal of this boot of the container.
	 * @param options {@code journalctl} options, e.g. {@code -u app}
	 * @return the entries
	 */
	String journal(String... options) {
		List<String> command = new ArrayList<>(List.of("journalctl", "--no-pager"));
		command.addAll(List.of(options));
		return execOrFail(command.toArray(String[]::new));
	}

	/**
	 * Return a path of the container's file system, seen from the host.
	 * @param path the absolute path inside the container
	 * @return the host path
	 */
	Path path(String path) {
		return this.merged.resolve(path.substring(1));
	}

	Path logDirectory() {
		return this.directory;
	}

	private static Path rootfs() throws IOException {
		String mirror = mirror();
		String packages = PACKAGES + "," + RELEASE.jdk();
		String key = Integer.toHexString((RELEASE.suite() + " " + packages + " " + mirror).hashCode());
		Path cache = Path.of(System.getProperty("user.home"), ".cache", "service-starter");
		Path rootfs = cache.resolve("debian-" + RELEASE.suite() + "-" + key);
		if (Files.isExecutable(rootfs.resolve("usr/lib/systemd/systemd"))) {
			return rootfs;
		}
		Files.createDirectories(cache);
		Path partial = cache.resolve(rootfs.getFileName() + ".partial");
		FileSystemUtils.deleteRecursively(partial);
		System.out.println(
				"Making the Debian " + RELEASE.suite() + " root file system in " + rootfs + " (once, about a minute)");
		run(List.of("debootstrap", "--variant=minbase", "--include=" + packages, RELEASE.suite(), partial.toString(),
				mirror), Duration.ofMinutes(20))
			.orFail("debootstrap from " + mirror);
		Files.move(partial, rootfs);
		return rootfs;
	}

	/**
	 * The Debian mirror the machine's apt uses, so the container comes from the same
	 * place.
	 */
	private static String mirror() throws IOException {
		Pattern uri = Pattern.compile("(?m)^(?:URIs:\\s*|deb\\s+(?:\\[[^]]*]\\s+)?)(\\S+/debian)/?(?:\\s|$)");
		List<Path> sources = new ArrayList<>();
		Path list = Path.of("/etc/apt/sources.list");
		if (Files.isRegularFile(list)) {
			sources.add(list);
		}
		Path directory = Path.of("/etc/apt/sources.list.d");
		if (Files.isDirectory(directory)) {
			try (Stream<Path> files = Files.list(directory)) {
				files.sorted().forEach(sources::add);
			}
		}
		for (Path source : sources) {
			Matcher matcher = uri.matcher(Files.readString(source, StandardCharsets.UTF_8));
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		return "http://deb.debian.org/debian";
	}

	private static boolean onPath(String tool) {
		return Stream.of(PATH.split(":")).anyMatch((directory) -> Files.isExecutable(Path.of(directory, tool)));
	}

	private static Result run(List<String> command, Duration timeout) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
				.start();
			// Read while waiting: a long journal fills the pipe.
			byte[][] output = new byte[1][];
			Thread reader = new Thread(() -> {
				try {
					output[0] = process.getInputStream().readAllBytes();
				}
				catch (IOException ex) {
					output[0] = ex.toString().getBytes(StandardCharsets.UTF_8);
				}
			});
			reader.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				reader.join(5000);
				return new Result(-1, String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s");
			}
			reader.join();
			return new Result(process.exitValue(), new String(output[0], StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return new Result(-1, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(-1, "interrupted");
		}
	}

	/**
	 * A Debian release the suites boot, with the JDK it runs the sample on.
	 *
	 * @param suite the release's code name
	 * @param jdk the JDK package
	 * @param javaFeature the JDK's feature release
	 * @param systemd the systemd version it ships
	 */
	record Release(String suite, String jdk, int javaFeature, int systemd) {

		static Release of(String suite) {
			return switch (suite) {
				case "bookworm" -> new Release(suite, "openjdk-17-jre-headless", 17, 252);
				case "trixie" -> new Release(suite, "openjdk-25-jre-headless", 25, 257);
				default -> throw new IllegalArgumentException("e2e.debian is " + suite + ", not bookworm or trixie");
			};
		}

	}

	/**
	 * How a command ended.
	 *
	 * @param exitCode its exit code, -1 when it did not run or finish
	 * @param output what it printed, stdout and stderr
	 */
	record Result(int exitCode, String output) {

		String orFail(String what) {
			if (this.exitCode != 0) {
				fail(what + " exited " + this.exitCode + ": " + this.output);
			}
			return this.output;
		}

	}

}
