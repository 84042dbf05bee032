package io.github.servicestarter.web;

import io.github.servicestarter.manager.HostProcess;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;

/**
 * Serves the application's Jetty on the listening socket a systemd socket unit passed,
 * instead of binding {@code server.port}: the socket is moved to standard input and Jetty's
 * connector takes it ({@code ServerConnector.setInheritChannel}). systemd keeps its own copy,
 * so while no process runs the kernel queues new connections instead of refusing them.
 * Jetty's graceful shutdown closes the connector's channel (this process's copy) and stops
 * accepting without taking a queued connection, so no stop hook is needed. Without passed
 * sockets it changes nothing and loads no native code.
 *
 * @author Service Starter contributors
 */
public class JettySocketActivation extends InheritedSocketCustomizer<ConfigurableJettyWebServerFactory> {

	/**
	 * Create a customizer.
	 * @param process the process facts
	 * @param serverPort the configured {@code server.port}, or {@code null}
	 * @param managementPort the configured {@code management.server.port}, or {@code null}
	 */
	public JettySocketActivation(HostProcess process, @Nullable Integer serverPort, @Nullable Integer managementPort) {
		super(process, serverPort, managementPort);
	}

	@Override
	protected void serveOnInheritedChannel(ConfigurableJettyWebServerFactory factory) {
		factory.addServerCustomizers(JettySocketActivation::inheritChannel);
	}

	/**
	 * Have the server's network connector take the inherited channel instead of binding.
	 * @param server the server
	 */
	static void inheritChannel(Server server) {
		for (Connector connector : server.getConnectors()) {
			if (connector instanceof ServerConnector serverConnector) {
				serverConnector.setInheritChannel(true);
			}
		}
	}

}
