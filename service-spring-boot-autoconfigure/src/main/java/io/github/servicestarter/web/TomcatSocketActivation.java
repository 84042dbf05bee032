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

import java.io.IOException;
import java.nio.channels.Channel;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.AbstractProtocol;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;

/**
 * Serves the application's Tomcat on the listening socket a systemd socket unit passed,
 * instead of binding {@code server.port}: the socket is moved to standard input and
 * Tomcat takes it with {@code useInheritedChannel}. systemd keeps its own copy of the
 * socket, so while no process runs, the kernel queues new connections instead of refusing
 * them. Without passed sockets it changes nothing and loads no native code.
 * <p>
 * At stop, it hands the socket back without taking a connection from its queue: Tomcat's
 * own pause wakes its acceptor with a connection to itself, and the acceptor, woken,
 * accepts and drops the oldest queued connection, which is a client's. Closing the
 * channel first wakes the acceptor without accepting; the connector pauses once the
 * connections it accepted are answered (a paused connector closes connections whose
 * request it has not read).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class TomcatSocketActivation extends InheritedSocketCustomizer<ConfigurableTomcatWebServerFactory> {

	private static final Log logger = LogFactory.getLog(TomcatSocketActivation.class);

	/**
	 * Tomcat's loggers that report the closed channel as an accept failure and a failed
	 * unlock; kept here, as the JDK holds loggers weakly.
	 */
	private final List<Logger> quietAtStop = List.of(Logger.getLogger("org.apache.tomcat.util.net.Acceptor"),
			Logger.getLogger("org.apache.tomcat.util.net.NioEndpoint"));

	private volatile @Nullable Connector connector;

	/**
	 * Create a customizer.
	 * @param process the process facts
	 * @param platform the platform that asks the kernel about the passed sockets
	 * @param serverPort the configured {@code server.port}, or {@code null}
	 * @param managementPort the configured {@code management.server.port}, or
	 * {@code null}
	 */
	public TomcatSocketActivation(HostProcess process, Platform platform, @Nullable Integer serverPort,
			@Nullable Integer managementPort) {
		super(process, platform, serverPort, managementPort);
	}

	@Override
	protected void serveOnInheritedChannel(ConfigurableTomcatWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> {
			connector.setProperty("useInheritedChannel", "true");
			this.connector = connector;
		});
	}

	@Override
	protected void stopAccepting() {
		if (this.connector == null) {
			return;
		}
		this.quietAtStop.forEach((tomcatLogger) -> tomcatLogger.setLevel(Level.OFF));
		try {
			Channel inherited = System.inheritedChannel();
			if (inherited != null) {
				inherited.close();
			}
		}
		catch (IOException ex) {
			logger.warn("Could not close the socket systemd passed: " + ex.getMessage());
		}
	}

	@Override
	protected int acceptedConnections() {
		Connector connector = this.connector;
		return (connector != null && connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol)
				? (int) protocol.getConnectionCount() : 0;
	}

	@Override
	public void stop() {
		// The pause comes after the wait: pausing releases the latch that counts the
		// connections.
		super.stop();
		Connector connector = this.connector;
		if (connector != null) {
			connector.pause();
		}
	}

}
