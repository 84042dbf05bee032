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
