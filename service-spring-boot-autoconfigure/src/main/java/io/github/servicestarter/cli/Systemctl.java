package io.github.servicestarter.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.manager.CommandRun;

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

	/** How long one run may take. */
	Duration LIMIT = Duration.ofMinutes(10);

	/**
	 * Run systemctl.
	 * @param arguments the arguments
	 * @return how it ended
	 */
	CommandRun run(String... arguments);

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
				return CommandRun.run(command, new byte[0], LIMIT);
			}
			catch (IOException ex) {
				return new CommandRun(NOT_FOUND, "cannot run " + tool + ": " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new CommandRun(1, "interrupted");
			}
		};
	}

}
