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

import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Serves the application's Jetty on the listening socket a systemd socket unit passed,
 * instead of binding {@code server.port}: the socket is moved to standard input and
 * Jetty's connector takes it ({@code ServerConnector.setInheritChannel}). systemd keeps
 * its own copy, so while no process runs the kernel queues new connections instead of
 * refusing them. Without passed sockets it changes nothing and loads no native code.
 * <p>
 * At stop, before the graceful shutdown, the connector stops accepting and closes its
 * channel. The graceful shutdown alone would interrupt the acceptor thread blocked in
 * {@code accept()}, and an interrupt that lands just as {@code accept()} takes a
 * connection throws {@code ClosedByInterruptException} with the connection taken and
 * never served: the client waits until the process exits and then sees the connection
 * close without a response. Closing the channel instead ends a blocked {@code accept()}
 * without a connection, or lets one it took be served. Jetty logs the ended
 * {@code accept()} as an "Accept Failure" warning; that logger is raised to errors only
 * while the connector stops.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class JettySocketActivation extends InheritedSocketCustomizer<ConfigurableJettyWebServerFactory> {

	private final @Nullable LoggingSystem loggingSystem;

	private volatile List<ServerConnector> connectors = List.of();

	/**
	 * Create a customizer.
	 * @param process the process facts
	 * @param platform the platform that asks the kernel about the passed sockets
	 * @param serverPort the configured {@code server.port}, or {@code null}
	 * @param managementPort the configured {@code management.server.port}, or
	 * {@code null}
	 * @param loggingSystem the application's logging system, which quiets Jetty's warning
	 * about the accept the stop ends, or {@code null} to leave the warning
	 */
	public JettySocketActivation(HostProcess process, Platform platform, @Nullable Integer serverPort,
			@Nullable Integer managementPort, @Nullable LoggingSystem loggingSystem) {
		super(process, platform, serverPort, managementPort);
		this.loggingSystem = loggingSystem;
	}

	@Override
	protected void serveOnInheritedChannel(ConfigurableJettyWebServerFactory factory) {
		factory.addServerCustomizers(this::takeInheritedChannel);
	}

	/**
	 * Have the server's network connectors take the inherited channel instead of binding.
	 * @param server the server
	 */
	void takeInheritedChannel(Server server) {
		List<ServerConnector> inheriting = new ArrayList<>();
		for (Connector connector : server.getConnectors()) {
			if (connector instanceof ServerConnector serverConnector) {
				serverConnector.setInheritChannel(true);
				inheriting.add(serverConnector);
			}
		}
		this.connectors = List.copyOf(inheriting);
	}

	@Override
	protected void stopAccepting() {
		if (this.connectors.isEmpty()) {
			return;
		}
		quietAcceptFailure();
		for (ServerConnector connector : this.connectors) {
			// Not accepting first: an acceptor the close wakes then waits instead of
			// retrying.
			connector.setAccepting(false);
			connector.close();
		}
	}

	private void quietAcceptFailure() {
		if (this.loggingSystem == null) {
			return;
		}
		try {
			this.loggingSystem.setLogLevel(AbstractConnector.class.getName(), LogLevel.ERROR);
		}
		catch (UnsupportedOperationException ex) {
			// A logging system that cannot set levels leaves the warning.
		}
	}

	@Override
	protected int acceptedConnections() {
		return this.connectors.stream().mapToInt((connector) -> connector.getConnectedEndPoints().size()).sum();
	}

}
