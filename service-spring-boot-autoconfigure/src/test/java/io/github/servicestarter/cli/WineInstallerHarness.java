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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.WindowsCommandLine;
import io.github.servicestarter.windows.WindowsSecurity;
import io.github.servicestarter.windows.WindowsServiceSpec;
import io.github.servicestarter.windows.jna.Advapi32Security;
import io.github.servicestarter.windows.jna.Advapi32ServiceRegistry;

/**
 * Runs the Windows installer core against Wine's real Service Control Manager (the small
 * Windows runtime used there cannot run a Spring Boot application, so the Spring-free
 * core is driven directly).
 * <p>
 * Arguments: {@code install <name> <state directory> <command...>},
 * {@code describe <name>}, {@code security <name> <path>} (the owner and DACL as Windows
 * reports them), {@code uninstall <name> <state directory>}.
 */
public final class WineInstallerHarness {

	private WineInstallerHarness() {
	}

	public static void main(String[] args) {
		String name = args[1];
		ServiceRegistry registry = new Advapi32ServiceRegistry();
		WindowsSecurity security = new Advapi32Security();
		switch (args[0]) {
			case "install" -> {
				List<String> command = Arrays.asList(args).subList(3, args.length);
				WindowsServiceSpec spec = new WindowsServiceSpec(name, name + " display", "Installed by the harness",
						WindowsCommandLine.join(command), WindowsServiceSpec.StartType.DELAYED_AUTO,
						"NT AUTHORITY\\LocalService",
						List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60)),
						Duration.ofDays(1), Duration.ofSeconds(45));
				System.out.println(
						"exit=" + new WindowsServiceInstaller(registry, Path.of(args[2]), security, null, System.out)
							.install(spec, false, false, null));
			}
			case "describe" ->
				System.out.println(registry.queryRegistration(name).map(Object::toString).orElse("not installed"));
			case "security" -> System.out.println(security.read(Path.of(args[2])).map(Object::toString).orElse("none"));
			case "uninstall" -> System.out
				.println("exit=" + new WindowsServiceInstaller(registry, Path.of(args[2]), security, null, System.out)
					.uninstall(name));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

}
