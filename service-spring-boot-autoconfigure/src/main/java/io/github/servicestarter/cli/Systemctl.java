package io.github.servicestarter.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code systemctl} (or another systemd tool, {@code systemd-analyze}), for the
 * system manager or for the user's manager.
 *
 * @author Service Starter contributors
 */
interface Systemctl {

	/**
	 * The exit code of a tool that could not be started (the shell's "command not
	 * found").
	 */
	int NOT_FOUND = 127;

	/**
	 * Run systemctl.
	 * @param arguments the arguments
	 * @return the result
	 */
	Result run(String... arguments);

	/**
	 * Return a systemctl that runs the real binary.
	 * @param user whether to talk to the user's manager ({@code --user})
	 * @return the systemctl
	 */
	static Systemctl of(boolean user) {
		return tool("systemctl", user);
	}

	/**
	 * Return a {@code systemd-analyze} that runs the real binary.
	 * @param user whether to analyze user units ({@code --user})
	 * @return the systemd-analyze
	 */
	static Systemctl analyze(boolean user) {
		return tool("systemd-analyze", user);
	}

	private static Systemctl tool(String tool, boolean user) {
		return (arguments) -> {
			List<String> command = new ArrayList<>(List.of(tool));
			if (user) {
				command.add("--user");
			}
			command.addAll(List.of(arguments));
			try {
				// Output goes to a file, not a pipe: waiting first cannot block on a full
				// pipe, so the time limit holds whatever systemctl prints.
				Path output = Files.createTempFile("systemctl", ".out");
				try {
					Process process = new ProcessBuilder(command).redirectErrorStream(true)
						.redirectOutput(output.toFile())
						.start();
					if (!process.waitFor(10, TimeUnit.MINUTES)) {
						process.destroyForcibly();
						return new Result(1, tool + " did not finish in 10 minutes");
					}
					return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
				}
				finally {
					Files.deleteIfExists(output);
				}
			}
			catch (IOException ex) {
				return new Result(NOT_FOUND, "cannot run " + tool + ": " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Result(1, "interrupted");
			}
		};
	}

	/**
	 * The outcome of one systemctl run.
	 *
	 * @param exitCode the exit code
	 * @param output what it printed
	 */
	record Result(int exitCode, String output) {

		boolean ok() {
			return this.exitCode == 0;
		}

	}

}
