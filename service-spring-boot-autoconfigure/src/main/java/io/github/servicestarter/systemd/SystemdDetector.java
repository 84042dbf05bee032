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

import java.util.Optional;

import io.github.servicestarter.manager.HostProcess;

/**
 * Decides whether systemd launched this process, in the order that avoids the false
 * positives other integrations hit: {@code SYSTEMD_EXEC_PID}, then PID 1 in a container,
 * then the parent process name with a {@code .service} cgroup, then a notify socket in
 * the environment unless {@code SYSTEMD_EXEC_PID} names another process (which makes this
 * one a child that inherited the variables). {@code INVOCATION_ID} alone is never
 * trusted: interactive shells inherit it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class SystemdDetector {

	private final HostProcess process;

	public SystemdDetector(HostProcess process) {
		this.process = process;
	}

	/**
	 * Return the rule that identifies a systemd launch.
	 * @return the rule, worded for a log line, or empty when systemd did not launch us
	 */
	public Optional<String> detect() {
		long pid = this.process.pid();
		String execPid = this.process.getenv("SYSTEMD_EXEC_PID");
		if (execPid != null && execPid.strip().equals(Long.toString(pid))) {
			return Optional.of("SYSTEMD_EXEC_PID equals the process id " + pid);
		}
		if (pid == 1 && (isSet("NOTIFY_SOCKET") || isSet("LISTEN_PID"))) {
			return Optional.of("process id 1 with NOTIFY_SOCKET or LISTEN_PID set");
		}
		if (this.process.parentName().filter("systemd"::equals).isPresent()) {
			// nohup java -jar app.jar & from a login shell is re-parented to systemd too,
			// in a session scope.
			Optional<SystemdUnit> unit = SystemdUnit.find(this.process);
			if (unit.isPresent()) {
				return Optional.of("parent process is systemd and the cgroup is " + unit.get().name());
			}
		}
		if (execPid != null && !execPid.isBlank()) {
			// systemd named another process as the one it executed: this one inherited
			// the environment (a child the service started, whose copy of the environment
			// the JVM took before the service could remove NOTIFY_SOCKET). A wrapper
			// script that runs java without exec is such a case too: systemd refuses the
			// notifications of anything but the main process (NotifyAccess=main), so it
			// must exec java.
			return Optional.empty();
		}
		if (isSet("NOTIFY_SOCKET")) {
			return Optional.of("NOTIFY_SOCKET is set");
		}
		return Optional.empty();
	}

	private boolean isSet(String name) {
		String value = this.process.getenv(name);
		return value != null && !value.isEmpty();
	}

}
