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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.servicestarter.manager.ServiceUnitName;
import org.jspecify.annotations.Nullable;

/**
 * What a generated systemd unit says.
 *
 * @param name the service name (the unit is {@code <name>.service})
 * @param description the unit description
 * @param command the full command line: absolute java, JVM options, {@code -jar}, the
 * absolute jar, arguments
 * @param workingDirectory the working directory
 * @param systemUnit whether it is a system unit (root's manager) rather than a user unit
 * @param runAs the user of a system unit, or {@code null} for a dynamic user
 * @param watchdog the watchdog timeout, or {@code null} for none
 * @param timeoutStop how long systemd waits for a stop
 * @param restartDelay how long systemd waits before a restart
 * @param reload whether {@code systemctl reload} reloads the application
 * @param systemdVersion the version of the systemd that runs the unit, 0 when unknown:
 * {@code Type=notify-reload} needs 253, a restart back-off 254
 * @param stateDirectory the service's state directory as it will run, where
 * {@code ExecStopPost=} records how each run ended
 * @param listenStream the {@code ListenStream=} of a socket unit that passes the service
 * its listening socket, or {@code null} for none
 * @param startupCache the start-up cache the unit keeps and runs with, or {@code null}
 * for none
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record SystemdUnitSpec(String name, String description, List<String> command, Path workingDirectory,
		boolean systemUnit, @Nullable String runAs, @Nullable Duration watchdog, Duration timeoutStop,
		Duration restartDelay, boolean reload, int systemdVersion, Path stateDirectory, @Nullable String listenStream,
		@Nullable StartupCacheUnit startupCache) {

	public SystemdUnitSpec {
		command = List.copyOf(command);
	}

	/**
	 * Create a spec of a unit without a start-up cache.
	 * @param name the service name
	 * @param description the unit description
	 * @param command the full command line
	 * @param workingDirectory the working directory
	 * @param systemUnit whether it is a system unit
	 * @param runAs the user of a system unit, or {@code null} for a dynamic user
	 * @param watchdog the watchdog timeout, or {@code null} for none
	 * @param timeoutStop how long systemd waits for a stop
	 * @param restartDelay how long systemd waits before a restart
	 * @param reload whether {@code systemctl reload} reloads the application
	 * @param systemdVersion the version of the systemd that runs the unit
	 * @param stateDirectory the service's state directory
	 * @param listenStream the socket unit's {@code ListenStream=}, or {@code null} for
	 * none
	 */
	public SystemdUnitSpec(String name, String description, List<String> command, Path workingDirectory,
			boolean systemUnit, @Nullable String runAs, @Nullable Duration watchdog, Duration timeoutStop,
			Duration restartDelay, boolean reload, int systemdVersion, Path stateDirectory,
			@Nullable String listenStream) {
		this(name, description, command, workingDirectory, systemUnit, runAs, watchdog, timeoutStop, restartDelay,
				reload, systemdVersion, stateDirectory, listenStream, null);
	}

	/**
	 * Return whether the systemd that runs the unit supports {@code Type=notify-reload}.
	 * @return whether it is systemd 253 or later
	 */
	public boolean notifyReload() {
		return this.systemdVersion >= 253;
	}

	/**
	 * Return whether the systemd that runs the unit lengthens the delay between automatic
	 * restarts ({@code RestartSteps=}, {@code RestartMaxDelaySec=}).
	 * @return whether it is systemd 254 or later
	 */
	public boolean restartBackOff() {
		return this.systemdVersion >= 254;
	}

	/**
	 * Return the name of the service unit.
	 * @return {@code <name>.service}
	 */
	public String serviceUnit() {
		return ServiceUnitName.of(this.name);
	}

	/**
	 * Return the name of the socket unit.
	 * @return {@code <name>.socket}
	 */
	public String socketUnit() {
		return this.name + ".socket";
	}

}
