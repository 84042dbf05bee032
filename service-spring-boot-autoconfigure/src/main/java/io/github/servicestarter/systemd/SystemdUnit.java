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

package io.github.servicestarter.systemd;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import io.github.servicestarter.manager.CommandRun;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceUnitName;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The systemd unit this process runs in, found from its cgroup, and the unit properties
 * that are not in the environment. {@code NRestarts} (systemd 235+) is asked of
 * {@code systemctl show}, of the user manager when {@code MANAGERPID} says a user manager
 * launched us.
 *
 * @param name the unit name, e.g. {@code app.service}
 * @param userManager whether the unit belongs to a user manager
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record SystemdUnit(String name, boolean userManager) {

	private static final Log logger = LogFactory.getLog(SystemdUnit.class);

	private static final long SYSTEMCTL_TIMEOUT_SECONDS = 5;

	/**
	 * Find the unit of this process.
	 * @param process the process facts
	 * @return the unit, or empty when the process is in no service unit
	 */
	public static Optional<SystemdUnit> find(HostProcess process) {
		return process.cgroup()
			.flatMap(SystemdUnit::serviceIn)
			.map((name) -> new SystemdUnit(name, process.getenv("MANAGERPID") != null));
	}

	/**
	 * The innermost unit of a cgroup path, if it is a service: sub-cgroups a service made
	 * itself ({@code Delegate=}) are skipped, a {@code .scope} (a login session, a
	 * {@code nohup} process re-parented to systemd) or a {@code .slice} is no service.
	 */
	private static Optional<String> serviceIn(String cgroup) {
		String[] segments = cgroup.split("/");
		for (int i = segments.length - 1; i >= 0; i--) {
			if (ServiceUnitName.isService(segments[i])) {
				return Optional.of(segments[i]);
			}
			if (segments[i].endsWith(".scope") || segments[i].endsWith(".slice")) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * Ask systemd how often it restarted this unit automatically.
	 * @return the count, or empty when systemd could not be asked
	 */
	public OptionalLong readRestarts() {
		List<String> command = new ArrayList<>(List.of("systemctl"));
		if (this.userManager) {
			command.add("--user");
		}
		command.addAll(List.of("show", this.name, "--property=NRestarts", "--value"));
		try {
			CommandRun systemctl = CommandRun.run(command, new byte[0], Duration.ofSeconds(SYSTEMCTL_TIMEOUT_SECONDS));
			if (!systemctl.ok() || !systemctl.output().matches("\\d+")) {
				throw new IOException("systemctl exited " + systemctl.exitCode() + ": " + systemctl.output());
			}
			return OptionalLong.of(Long.parseLong(systemctl.output()));
		}
		catch (IOException ex) {
			// Expected on stock distributions under DynamicUser= with dbus-daemon
			// (systemd issue 22737).
			logger.debug("Cannot read NRestarts of " + this.name + " (" + ex.getMessage()
					+ "); restarts are counted by the restart journal instead");
			return OptionalLong.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OptionalLong.empty();
		}
	}

}
