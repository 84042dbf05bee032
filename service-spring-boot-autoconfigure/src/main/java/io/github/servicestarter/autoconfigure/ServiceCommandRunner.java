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

package io.github.servicestarter.autoconfigure;

import java.io.PrintStream;
import java.util.Optional;
import java.util.OptionalInt;

import io.github.servicestarter.cli.CommandResult;
import io.github.servicestarter.cli.ServiceCommand;
import io.github.servicestarter.cli.ServiceCommandLine;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Runs the {@code service:*} command the arguments hold, once the environment is prepared
 * and before any context exists, so that installing never binds the application's port or
 * starts beans. The caller exits with the code it returns.
 *
 * @author Service Starter contributors
 */
final class ServiceCommandRunner {

	private final PrintStream out;

	ServiceCommandRunner(PrintStream out) {
		this.out = out;
	}

	/**
	 * Return whether the arguments name a command, a misspelt one included.
	 * @param args the application's arguments
	 * @return whether they hold a {@code service:*} argument
	 */
	static boolean holdsCommand(String[] args) {
		try {
			return ServiceCommand.find(args).isPresent();
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	/**
	 * Run the command the arguments hold.
	 * @param prepared the event of the prepared environment
	 * @return the exit code, see {@link CommandResult}; empty when the arguments hold no
	 * command and the application starts as usual
	 */
	OptionalInt run(ApplicationEnvironmentPreparedEvent prepared) {
		Optional<ServiceCommand> command;
		try {
			command = ServiceCommand.find(prepared.getArgs());
		}
		catch (IllegalArgumentException ex) {
			this.out.println(ex.getMessage());
			return OptionalInt.of(CommandResult.INVALID);
		}
		if (command.isEmpty()) {
			return OptionalInt.empty();
		}
		try {
			if (command.get() == ServiceCommand.INSTALL || command.get() == ServiceCommand.UNIT) {
				// Every service.* value the service will start with must bind, or nothing
				// is registered.
				Binder.get(prepared.getEnvironment()).bind("service", ServiceProperties.class);
			}
			return OptionalInt.of(new ServiceCommandLine(prepared.getArgs(), prepared.getEnvironment(),
					prepared.getSpringApplication().getMainApplicationClass(), this.out)
				.run(command.get()));
		}
		catch (BindException ex) {
			this.out.println(InvalidServiceSettingFailureAnalyzer.describe(ex) + ". Nothing was installed or changed; "
					+ "correct the value (command line, application.yml or environment) and run the command again.");
			return OptionalInt.of(CommandResult.INVALID);
		}
	}

}
