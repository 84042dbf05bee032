package io.github.servicestarter.web;

import java.util.List;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.SocketActivation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Has an embedded web server serve on the listening socket a systemd socket unit passed,
 * instead of binding {@code server.port}. The socket is made the JVM's inherited channel
 * ({@code System.inheritedChannel()}), which is where the embedded servers look for a socket
 * they did not bind: the passed sockets are described, the application's chosen (a socket the
 * server cannot serve on fails the start, see {@link SocketActivation#choose}), moved to
 * standard input, the variables removed from the environment child processes see, and the
 * choice logged once. Without passed sockets nothing changes and no native code is loaded.
 *
 * @param <T> the web server factory
 * @author Service Starter contributors
 */
public abstract class InheritedSocketCustomizer<T extends WebServerFactory> implements WebServerFactoryCustomizer<T> {

	private static final Log logger = LogFactory.getLog(InheritedSocketCustomizer.class);

	private final HostProcess process;

	private final @Nullable Integer serverPort;

	private final @Nullable Integer managementPort;

	/**
	 * Create a customizer.
	 * @param process the process facts ({@code LISTEN_PID}, {@code LISTEN_FDS},
	 * {@code LISTEN_FDNAMES})
	 * @param serverPort the configured {@code server.port}, or {@code null}
	 * @param managementPort the configured {@code management.server.port}, or {@code null}
	 */
	protected InheritedSocketCustomizer(HostProcess process, @Nullable Integer serverPort,
			@Nullable Integer managementPort) {
		this.process = process;
		this.serverPort = serverPort;
		this.managementPort = managementPort;
	}

	@Override
	public final void customize(T factory) {
		List<SocketActivation.Passed> passed = SocketActivation.passed(this.process);
		if (passed.isEmpty()) {
			return;
		}
		List<PassedSocket> sockets = passed.stream().map(Platform::describe).toList();
		Platform.unsetEnvironment(SocketActivation.VARIABLES);
		PassedSocket socket = SocketActivation.choose(sockets, this.serverPort, this.managementPort);
		Platform.moveToStandardInput(socket.descriptor());
		serveOnInheritedChannel(factory);
		logger.info("Serving on the socket systemd passed, " + socket + ", instead of binding server.port");
	}

	/**
	 * Have the server the factory builds take the inherited channel instead of binding.
	 * @param factory the web server factory
	 */
	protected abstract void serveOnInheritedChannel(T factory);

}
