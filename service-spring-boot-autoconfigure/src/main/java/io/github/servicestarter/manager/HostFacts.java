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

package io.github.servicestarter.manager;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the service's identity and its installation depend on about the machine: the
 * process, whether it is Windows, and the user it runs as. A value handed in, so that
 * identity and install plans are tested with made-up facts instead of system properties.
 *
 * @param process the facts of this process (its environment)
 * @param windows whether the operating system is Windows
 * @param userName the user the process runs as ({@code user.name})
 * @param userHome that user's home directory ({@code user.home})
 * @param programData the ProgramData known folder, asked for on Windows only
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record HostFacts(HostProcess process, boolean windows, String userName, Path userHome,
		Supplier<Path> programData) {

	/**
	 * Return whether the process runs as root, which installs system units.
	 * @return whether this is root on a Unix system
	 */
	public boolean isRoot() {
		return !this.windows && "root".equals(this.userName);
	}

	/**
	 * Return where a service keeps its state when nothing is configured: the directory
	 * systemd created for it ({@code StateDirectory=} gives {@code $STATE_DIRECTORY}),
	 * otherwise the usual place of the operating system: the ProgramData known folder on
	 * Windows ({@code C:\ProgramData\<name>}), {@code /var/lib/<name>} for root,
	 * {@code $XDG_STATE_HOME/<name>} (default {@code ~/.local/state/<name>}) for other
	 * users.
	 * @param name the service name, used as the directory name
	 * @return the default state directory
	 */
	public Path defaultStateDirectory(String name) {
		String systemd = this.process.getenv("STATE_DIRECTORY");
		if (systemd != null && !systemd.isBlank()) {
			// Several StateDirectory= entries arrive colon-separated; the first is ours.
			return Path.of(systemd.split(":")[0]);
		}
		if (this.windows) {
			return this.programData.get().resolve(name);
		}
		if (isRoot()) {
			return Path.of("/var/lib", name);
		}
		String stateHome = this.process.getenv("XDG_STATE_HOME");
		return (stateHome != null && !stateHome.isBlank()) ? Path.of(stateHome, name)
				: this.userHome.resolve(".local").resolve("state").resolve(name);
	}

}
