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

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code service:*} command of the fat jar.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum ServiceCommand {

	/** Install the service (write, enable and start the unit). */
	INSTALL,

	/** Stop the service and remove every trace of it. */
	UNINSTALL,

	/** Start the installed service. */
	START,

	/** Stop the installed service. */
	STOP,

	/** Restart the installed service. */
	RESTART,

	/** Show the service's state, pid, restarts and where its logs go. */
	STATUS,

	/** Print the service definition without installing anything. */
	UNIT,

	/**
	 * Put a new jar in the installed one's place by rename, keeping the old one, and
	 * restart; roll back when the new one does not start.
	 */
	UPGRADE,

	/** Put back the jar an upgrade replaced, and restart. */
	ROLLBACK,

	/** Pause the service's work (Windows: the SCM's PAUSE control). */
	PAUSE,

	/** Continue the service's paused work (Windows: the SCM's CONTINUE control). */
	CONTINUE,

	/**
	 * Change the service's secrets: {@code service:secret list},
	 * {@code service:secret set
	 * <property> [<source>]}, {@code service:secret remove <property>}.
	 */
	SECRET;

	static final String PREFIX = "service:";

	/**
	 * Find the command among the application's arguments.
	 * @param args the arguments
	 * @return the command, or empty when no argument is a {@code service:*} command
	 * @throws IllegalArgumentException for {@code service:} followed by an unknown
	 * command
	 */
	public static Optional<ServiceCommand> find(String[] args) {
		return Arrays.stream(args).filter((arg) -> arg.startsWith(PREFIX)).findFirst().map(ServiceCommand::parse);
	}

	private static ServiceCommand parse(String arg) {
		String name = arg.substring(PREFIX.length());
		for (ServiceCommand command : values()) {
			if (command.commandName().equals(name)) {
				return command;
			}
		}
		throw new IllegalArgumentException("Unknown command '" + arg + "'. Use one of: "
				+ Arrays.stream(values())
					.map((command) -> PREFIX + command.commandName())
					.collect(Collectors.joining(", ")));
	}

	/**
	 * Return the command as typed, e.g. {@code install}.
	 * @return the command name
	 */
	public String commandName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
