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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.servicestarter.manager.ServiceUnitName;
import io.github.servicestarter.systemd.SystemdUnitFile;

/**
 * Finds the installed systemd units that run a given jar, so that {@code service:status},
 * {@code restart} and {@code uninstall} act on the service this jar was installed as,
 * under whatever name, without being told it again.
 *
 * @author Service Starter contributors
 */
final class InstalledUnits {

	private InstalledUnits() {
	}

	/**
	 * Return the units in the given directories whose {@code ExecStart=} runs the jar.
	 * @param jar the absolute jar path
	 * @param systemDirectory the system unit directory
	 * @param userDirectory the user unit directory
	 * @return the units found, system units first
	 */
	static List<InstalledUnit> running(Path jar, Path systemDirectory, Path userDirectory) {
		List<InstalledUnit> found = new ArrayList<>();
		addRunning(jar, systemDirectory, false, found);
		addRunning(jar, userDirectory, true, found);
		return found;
	}

	private static void addRunning(Path jar, Path directory, boolean user, List<InstalledUnit> found) {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			files
				.filter((file) -> ServiceUnitName.isService(file.getFileName().toString()) && Files.isRegularFile(file))
				.sorted()
				.filter((file) -> SystemdUnitFile.runsJar(readOrEmpty(file), jar))
				.forEach((file) -> found.add(new InstalledUnit(name(file), user)));
		}
		catch (IOException | UncheckedIOException ex) {
			// An unreadable directory holds nothing this user can act on.
		}
	}

	private static String name(Path unitFile) {
		// Listed because it is a service unit.
		return Objects.requireNonNull(ServiceUnitName.serviceName(unitFile.getFileName().toString()));
	}

	private static String readOrEmpty(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	/**
	 * An installed unit.
	 *
	 * @param name the service name, without {@code .service}
	 * @param user whether it is a unit of the user's manager
	 */
	record InstalledUnit(String name, boolean user) {

	}

}
