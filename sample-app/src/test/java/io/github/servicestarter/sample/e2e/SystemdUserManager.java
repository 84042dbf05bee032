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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * A real systemd user manager, run as an ordinary process with its own runtime and
 * configuration directories, so that each test class supervises its units in isolation.
 * Register it as a static JUnit extension: it starts before the class's tests and stops,
 * with every unit it installed, after them. The logs stay in
 * {@code target/e2e/<TestClass>}.
 */
final class SystemdUserManager implements BeforeAllCallback, AfterAllCallback {

	/** How long a sample unit may take to start on a loaded 2-core machine. */
	static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final Path SYSTEMD = Path.of("/usr/lib/systemd/systemd");

	private final List<String> units = new ArrayList<>();

	private @Nullable Path root;

	private Path logDirectory = Path.of("target");

	private Path runtimeDirectory = Path.of("target");

	private Path unitDirectory = Path.of("target");

	private @Nullable Process manager;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		SampleUnit.jar();
		Prerequisites.require(Files.isExecutable(SYSTEMD), SYSTEMD + " (apt-get install systemd)");
		Prerequisites.require("root".equals(System.getProperty("user.name")),
				"root, to run a systemd user manager that can apply sandboxing");
		// sd_booted() looks for this directory; without it the manager refuses to start.
		Files.createDirectories(Path.of("/run/systemd/system"));
		this.logDirectory = SampleUnit.logDirectory(context.getRequiredTestClass());
		FileSystemUtils.deleteRecursively(this.logDirectory);
		Files.createDirectories(this.logDirectory);
		// The runtime directory holds the manager's sockets: its path must stay short,
		// and it must stay visible to sandboxed units (PrivateTmp= hides /tmp), so it
		// lives under /run, which is a mount point on real hosts and is made one here if
		// it is not (systemd mounts an empty /run into sandboxed units otherwise).
		makeRunAMountPoint();
		Path root = Files.createTempDirectory(Path.of("/run"), "systemd-e2e-");
		this.root = root;
		this.runtimeDirectory = Files.createDirectory(root.resolve("runtime"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path config = root.resolve("config");
		this.unitDirectory = Files.createDirectories(config.resolve("systemd/user"));
		ProcessBuilder builder = new ProcessBuilder(SYSTEMD.toString(), "--user").redirectErrorStream(true)
			.redirectOutput(this.logDirectory.resolve("manager.log").toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> name.startsWith("DBUS_") || name.equals("NOTIFY_SOCKET"));
		environment.put("XDG_RUNTIME_DIR", this.runtimeDirectory.toString());
		environment.put("XDG_CONFIG_HOME", config.toString());
		this.manager = builder.start();
		await("systemd user manager to come up").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> systemctl("is-system-running").output().matches("(?s)(running|degraded).*"));
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		Process manager = this.manager;
		if (manager == null) {
			return;
		}
		try {
			for (String unit : this.units) {
				systemctl("kill", "--signal=SIGKILL", unit);
				systemctl("stop", unit);
			}
		}
		finally {
			manager.destroy();
			if (!manager.waitFor(30, TimeUnit.SECONDS)) {
				manager.destroyForcibly();
			}
			if (this.root != null) {
				FileSystemUtils.deleteRecursively(this.root);
			}
		}
	}

	private static void makeRunAMountPoint() throws IOException, InterruptedException {
		if (new ProcessBuilder("mountpoint", "-q", "/run").start().waitFor() != 0) {
			new ProcessBuilder("mount", "--bind", "/run", "/run").inheritIO().start().waitFor();
		}
	}

	/**
	 * Return the environment that reaches this manager: {@code systemctl --user} and
	 * {@code java -jar app.jar service:*} run with it talk to this manager.
	 * @return the variables
	 */
	Map<String, String> environment() {
		return Map.of("XDG_RUNTIME_DIR", this.runtimeDirectory.toString(), "XDG_CONFIG_HOME",
				this.unitDirectory.getParent().getParent().toString());
	}

	Path unitDirectory() {
		return this.unitDirectory;
	}

	Path logDirectory() {
		return this.logDirectory;
	}

	/**
	 * Return a new sample unit whose log and results files live in this class's log
	 * directory.
	 * @param name the unit name, without {@code .service}
	 * @return the unit, not yet installed
	 */
	SampleUnit unit(String name) throws IOException {
		return new SampleUnit(name, this.logDirectory);
	}

	SampleUnit install(SampleUnit sample) throws IOException, InterruptedException {
		Files.writeString(this.unitDirectory.resolve(sample.name()), sample.content());
		this.units.add(sample.name());
		systemctlOrFail("daemon-reload");
		return sample;
	}

	/**
	 * Start a unit and return its main PID; {@code systemctl start} of a
	 * {@code Type=notify} unit returns once {@code READY=1} arrived.
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
		return UnitProperties.parse(systemctlOrFail(arguments.toArray(String[]::new)));
	}

	String property(String unit, String property) throws IOException, InterruptedException {
		return show(unit, property).getOrDefault(property, "");
	}

	Map<String, String> awaitUnit(String unit, Duration timeout, Predicate<Map<String, String>> condition,
			String... properties) {
		return UnitProperties.await(unit, timeout, condition, () -> show(unit, properties));
	}

	record Result(int exitCode, String output) {

	}

}
