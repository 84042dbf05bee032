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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.github.servicestarter.manager.HostProcess;
import org.jspecify.annotations.Nullable;

/**
 * The sockets systemd passed to this process ({@code sd_listen_fds_with_names}): only
 * when {@code LISTEN_PID} is this process's id, {@code LISTEN_FDS} sockets from
 * descriptor 3, named by {@code LISTEN_FDNAMES}; and the choice of the one the
 * application's web server serves on.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class SocketActivation {

	/** The variables systemd sets for socket activation. */
	public static final List<String> VARIABLES = List.of("LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES");

	/**
	 * The name that marks the application server's socket ({@code FileDescriptorName=}).
	 */
	public static final String APPLICATION = "application";

	/** The name that marks the management server's socket. */
	public static final String MANAGEMENT = "management";

	private static final int FIRST_DESCRIPTOR = 3;

	private SocketActivation() {
	}

	/**
	 * Return the number and names of the sockets passed to this process.
	 * @param process the process facts
	 * @return each passed descriptor and its name, empty when none was passed to this
	 * process
	 */
	public static List<Passed> passed(HostProcess process) {
		String pid = process.getenv("LISTEN_PID");
		String fds = process.getenv("LISTEN_FDS");
		if (pid == null || fds == null || !pid.equals(Long.toString(process.pid())) || !fds.matches("[1-9]\\d{0,3}")) {
			return List.of();
		}
		String names = process.getenv("LISTEN_FDNAMES");
		String[] split = (names != null) ? names.split(":", -1) : new String[0];
		List<Passed> passed = new ArrayList<>();
		for (int i = 0; i < Integer.parseInt(fds); i++) {
			passed.add(new Passed(FIRST_DESCRIPTOR + i, (i < split.length) ? split[i] : "unknown"));
		}
		return passed;
	}

	/**
	 * Choose the socket of the application's web server: the one named
	 * {@value #APPLICATION}, else the one on the configured port, else the only one. A
	 * socket for the management server's own port is refused: it is served only from a
	 * port it binds itself.
	 * @param sockets the passed sockets, described
	 * @param serverPort the configured {@code server.port}, or {@code null}
	 * @param managementPort the configured {@code management.server.port}, or
	 * {@code null}
	 * @return the socket to serve on
	 * @throws SocketActivationException if no socket fits, or the chosen one is not a
	 * listening TCP socket
	 */
	public static PassedSocket choose(List<PassedSocket> sockets, @Nullable Integer serverPort,
			@Nullable Integer managementPort) {
		int managementOn = (managementPort != null) ? managementPort : 0;
		boolean separateManagement = managementOn > 0 && (serverPort == null || managementOn != serverPort);
		Optional<PassedSocket> management = sockets.stream()
			.filter((socket) -> socket.name().equals(MANAGEMENT)
					|| (separateManagement && socket.port() == managementOn))
			.findFirst();
		if (management.isPresent() && separateManagement) {
			throw new SocketActivationException(
					"systemd passed " + management.get()
							+ " for the management server, which serves only on a port it binds itself.",
					"Remove that socket from the socket unit and let the management server bind "
							+ "management.server.port, or serve management on the application's port "
							+ "(leave management.server.port unset).");
		}
		PassedSocket chosen = first(sockets, (socket) -> socket.name().equals(APPLICATION))
			.or(() -> first(sockets, (socket) -> serverPort != null && socket.port() == serverPort))
			.or(() -> (sockets.size() == 1) ? Optional.of(sockets.get(0)) : Optional.empty())
			.orElseThrow(() -> new SocketActivationException(
					"systemd passed " + sockets.size() + " sockets " + sockets + " and none is the application's.",
					"Name the application's socket with FileDescriptorName=" + APPLICATION
							+ " in the socket unit, or make its ListenStream= port server.port (" + serverPort + ")."));
		if (!chosen.isListeningTcp()) {
			throw new SocketActivationException(
					"The web server cannot serve on " + chosen + ": it needs a listening TCP socket.",
					"Use ListenStream=<port> or ListenStream=<address>:<port> with Accept=no (the default) in the "
							+ "socket unit.");
		}
		return chosen;
	}

	private static Optional<PassedSocket> first(List<PassedSocket> sockets, Predicate<PassedSocket> match) {
		return sockets.stream().filter(match).findFirst();
	}

	/**
	 * A passed descriptor and its name, before the kernel is asked what it is.
	 *
	 * @param descriptor the file descriptor
	 * @param name the name from {@code LISTEN_FDNAMES}
	 */
	public record Passed(int descriptor, String name) {

	}

}
