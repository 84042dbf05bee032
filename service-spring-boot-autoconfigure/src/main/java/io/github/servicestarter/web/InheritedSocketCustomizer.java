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

package io.github.servicestarter.web;

import java.time.Duration;
import java.util.List;

import io.github.servicestarter.lifecycle.StopPhases;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.SocketActivation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.SmartLifecycle;

/**
 * Has an embedded web server serve on the listening socket a systemd socket unit passed,
 * instead of binding {@code server.port}:
 * <ul>
 * <li>the socket the application serves on is chosen among those passed (one the server
 * cannot serve on fails the start, see {@link SocketActivation#choose}) and becomes the
 * JVM's inherited channel ({@code System.inheritedChannel()}), where the embedded servers
 * look for a socket they did not bind; the variables that passed it are removed from the
 * environment child processes see;</li>
 * <li>at stop ({@link io.github.servicestarter.lifecycle.StopPhases#SOCKET_HAND_BACK}),
 * the server stops accepting without taking a connection from the socket's queue, which
 * systemd keeps for the next process, and the connections it already accepted get up to a
 * second to be answered (the graceful shutdown waits only for requests it has read);</li>
 * <li>without passed sockets nothing changes and no native code is loaded.</li>
 * </ul>
 *
 * @param <T> the web server factory
 * @author Service Starter contributors
 * @since 0.1.0
 */
public abstract class InheritedSocketCustomizer<T extends WebServerFactory>
		implements WebServerFactoryCustomizer<T>, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(InheritedSocketCustomizer.class);

	private static final Duration ACCEPTED_CONNECTIONS_WAIT = Duration.ofSeconds(1);

	private final HostProcess process;

	private final Platform platform;

	private final @Nullable Integer serverPort;

	private final @Nullable Integer managementPort;

	private volatile boolean running;

	/**
	 * Create a customizer.
	 * @param process the process facts ({@code LISTEN_PID}, {@code LISTEN_FDS},
	 * {@code LISTEN_FDNAMES})
	 * @param platform the platform that asks the kernel about the passed sockets
	 * @param serverPort the configured {@code server.port}, or {@code null}
	 * @param managementPort the configured {@code management.server.port}, or
	 * {@code null}
	 */
	protected InheritedSocketCustomizer(HostProcess process, Platform platform, @Nullable Integer serverPort,
			@Nullable Integer managementPort) {
		this.process = process;
		this.platform = platform;
		this.serverPort = serverPort;
		this.managementPort = managementPort;
	}

	@Override
	public final void customize(T factory) {
		List<SocketActivation.Passed> passed = SocketActivation.passed(this.process);
		if (passed.isEmpty()) {
			return;
		}
		List<PassedSocket> sockets = passed.stream().map(this.platform::describe).toList();
		this.platform.unsetEnvironment(SocketActivation.VARIABLES);
		PassedSocket socket = SocketActivation.choose(sockets, this.serverPort, this.managementPort);
		this.platform.moveToStandardInput(socket.descriptor());
		serveOnInheritedChannel(factory);
		logger.info("Serving on the socket systemd passed, " + socket + ", instead of binding server.port");
	}

	/**
	 * Have the server the factory builds take the inherited channel instead of binding.
	 * @param factory the web server factory
	 */
	protected abstract void serveOnInheritedChannel(T factory);

	/**
	 * Stop accepting connections without taking one from the socket's queue; nothing to
	 * do when the server does not serve on the inherited channel.
	 */
	protected abstract void stopAccepting();

	/**
	 * The number of connections the server accepted and has not closed yet.
	 * @return the accepted connections
	 */
	protected abstract int acceptedConnections();

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		stopAccepting();
		awaitAcceptedConnections();
	}

	/**
	 * Waits for the accepted connections to close, at most a second. The first count
	 * comes after a pause, so that a connection the acceptor took just before it stopped
	 * has been handed to the server's connection handling and is counted.
	 */
	private void awaitAcceptedConnections() {
		long deadline = System.nanoTime() + ACCEPTED_CONNECTIONS_WAIT.toNanos();
		try {
			do {
				Thread.sleep(10);
			}
			while (acceptedConnections() > 0 && System.nanoTime() < deadline);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isPauseable() {
		// The web server serves while paused, on the same socket.
		return false;
	}

	@Override
	public int getPhase() {
		return StopPhases.SOCKET_HAND_BACK;
	}

}
