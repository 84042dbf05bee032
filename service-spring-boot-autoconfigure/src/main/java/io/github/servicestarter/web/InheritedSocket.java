package io.github.servicestarter.web;

import java.util.List;
import java.util.Optional;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.SocketActivation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Takes the listening socket systemd passed for the application's web server and makes it
 * the JVM's inherited channel ({@code System.inheritedChannel()}), which is where the
 * embedded servers look for a socket they did not bind: the sockets are described, the
 * application's chosen (a socket the server cannot serve on fails the start, see
 * {@link SocketActivation#choose}), the variables removed from the environment child
 * processes see, and the choice logged once.
 *
 * @author Service Starter contributors
 */
final class InheritedSocket {

	private static final Log logger = LogFactory.getLog(InheritedSocket.class);

	private InheritedSocket() {
	}

	/**
	 * Take the application's socket, if systemd passed sockets to this process.
	 * @param process the process facts ({@code LISTEN_PID}, {@code LISTEN_FDS},
	 * {@code LISTEN_FDNAMES})
	 * @param serverPort the configured {@code server.port}, or {@code null}
	 * @param managementPort the configured {@code management.server.port}, or {@code null}
	 * @return the socket now on standard input, or empty when none was passed
	 */
	static Optional<PassedSocket> take(HostProcess process, @Nullable Integer serverPort,
			@Nullable Integer managementPort) {
		List<SocketActivation.Passed> passed = SocketActivation.passed(process);
		if (passed.isEmpty()) {
			return Optional.empty();
		}
		List<PassedSocket> sockets = passed.stream().map(Platform::describe).toList();
		Platform.unsetEnvironment(SocketActivation.VARIABLES);
		PassedSocket socket = SocketActivation.choose(sockets, serverPort, managementPort);
		Platform.moveToStandardInput(socket.descriptor());
		logger.info("Serving on the socket systemd passed, " + socket + ", instead of binding server.port");
		return Optional.of(socket);
	}

}
