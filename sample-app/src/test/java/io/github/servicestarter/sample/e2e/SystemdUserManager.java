package io.github.servicestarter.sample.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * A real systemd user manager, run as an ordinary process with its own runtime and
 * configuration directories, so that each test class supervises its units in isolation.
 */
final class SystemdUserManager implements AutoCloseable {

	private static final Path SYSTEMD = Path.of("/usr/lib/systemd/systemd");

	private final Path root;

	private final Path logDirectory;

	private final Path runtimeDirectory;

	private final Path unitDirectory;

	private final Process manager;

	private final List<String> units = new ArrayList<>();

	private SystemdUserManager(Path root, Path logDirectory, Path runtimeDirectory, Path unitDirectory,
			Process manager) {
		this.root = root;
		this.logDirectory = logDirectory;
		this.runtimeDirectory = runtimeDirectory;
		this.unitDirectory = unitDirectory;
		this.manager = manager;
	}

	/**
	 * Start a user manager.
	 * @param logDirectory where the manager's and the units' logs are kept after the run
	 * @return the running manager
	 */
	static SystemdUserManager start(Path logDirectory) throws IOException, InterruptedException {
		Prerequisites.require(Files.isExecutable(SYSTEMD), SYSTEMD + " (apt-get install systemd)");
		Prerequisites.require("root".equals(System.getProperty("user.name")),
				"root, to run a systemd user manager that can apply sandboxing");
		// sd_booted() looks for this directory; without it the manager refuses to start.
		Files.createDirectories(Path.of("/run/systemd/system"));
		// Sockets live under the runtime directory, whose path must stay short: keep it in /tmp.
		Path root = Files.createTempDirectory("systemd-e2e-");
		FileSystemUtils.deleteRecursively(logDirectory);
		Files.createDirectories(logDirectory);
		Path runtime = Files.createDirectory(root.resolve("runtime"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path config = root.resolve("config");
		Path units = Files.createDirectories(config.resolve("systemd/user"));
		ProcessBuilder builder = new ProcessBuilder(SYSTEMD.toString(), "--user")
			.redirectErrorStream(true)
			.redirectOutput(logDirectory.resolve("manager.log").toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> name.startsWith("DBUS_") || name.equals("NOTIFY_SOCKET"));
		environment.put("XDG_RUNTIME_DIR", runtime.toString());
		environment.put("XDG_CONFIG_HOME", config.toString());
		SystemdUserManager manager = new SystemdUserManager(root, logDirectory, runtime, units,
				builder.start());
		await("systemd user manager to come up").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> manager.systemctl("is-system-running").output().matches("(?s)(running|degraded).*"));
		return manager;
	}

	Path directory() {
		return this.logDirectory;
	}

	SampleUnit install(SampleUnit sample) throws IOException, InterruptedException {
		Files.writeString(this.unitDirectory.resolve(sample.name()), sample.content());
		this.units.add(sample.name());
		systemctlOrFail("daemon-reload");
		return sample;
	}

	/**
	 * Start a unit and return its main PID; {@code systemctl start} of a {@code Type=notify}
	 * unit returns once {@code READY=1} arrived.
	 */
	long start(SampleUnit sample) throws IOException, InterruptedException {
		systemctlOrFail("start", sample.name());
		Map<String, String> state = show(sample.name(), "ActiveState", "MainPID");
		assertThat(state).as("start returns once READY was sent").containsEntry("ActiveState", "active");
		return Long.parseLong(state.get("MainPID"));
	}

	Result systemctl(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("systemctl", "--user"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("DBUS_"));
		builder.environment().put("XDG_RUNTIME_DIR", this.runtimeDirectory.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("systemctl " + String.join(" ", arguments) + " did not return in 120 s");
		}
		return new Result(process.exitValue(), output);
	}

	String systemctlOrFail(String... arguments) throws IOException, InterruptedException {
		Result result = systemctl(arguments);
		if (result.exitCode() != 0) {
			fail("systemctl " + String.join(" ", arguments) + " exited " + result.exitCode() + ": " + result.output());
		}
		return result.output();
	}

	Map<String, String> show(String unit, String... properties) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>(List.of("show", unit));
		for (String property : properties) {
			arguments.add("-p");
			arguments.add(property);
		}
		Map<String, String> values = new LinkedHashMap<>();
		systemctlOrFail(arguments.toArray(String[]::new)).lines().forEach((line) -> {
			int separator = line.indexOf('=');
			if (separator > 0) {
				values.put(line.substring(0, separator), line.substring(separator + 1));
			}
		});
		return values;
	}

	String property(String unit, String property) throws IOException, InterruptedException {
		return show(unit, property).getOrDefault(property, "");
	}

	Map<String, String> awaitUnit(String unit, Duration timeout, Predicate<Map<String, String>> condition,
			String... properties) {
		List<Map<String, String>> seen = new ArrayList<>();
		await(unit + " to reach the expected state").atMost(timeout)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				Map<String, String> values = show(unit, properties);
				seen.add(values);
				return condition.test(values);
			});
		return seen.get(seen.size() - 1);
	}

	@Override
	public void close() throws Exception {
		try {
			for (String unit : this.units) {
				systemctl("kill", "--signal=SIGKILL", unit);
				systemctl("stop", unit);
			}
		}
		finally {
			this.manager.destroy();
			if (!this.manager.waitFor(30, TimeUnit.SECONDS)) {
				this.manager.destroyForcibly();
			}
			FileSystemUtils.deleteRecursively(this.root);
		}
	}

	record Result(int exitCode, String output) {

	}

}
