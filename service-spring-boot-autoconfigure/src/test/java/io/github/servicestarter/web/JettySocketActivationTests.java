package io.github.servicestarter.web;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class JettySocketActivationTests {

	@Test
	void withoutPassedSocketsJettyBindsItsPortAsBefore() {
		JettyServletWebServerFactory factory = new JettyServletWebServerFactory();
		new JettySocketActivation(new FakeHostProcess().pid(42).env("LISTEN_PID", "41").env("LISTEN_FDS", "1"), 8080,
				null)
			.customize(factory);
		assertThat(factory.getServerCustomizers()).isEmpty();
	}

	@Test
	void withAPassedSocketTheConnectorTakesTheInheritedChannel() {
		Server server = new Server();
		ServerConnector connector = new ServerConnector(server);
		server.addConnector(connector);
		JettySocketActivation.inheritChannel(server);
		assertThat(connector.isInheritChannel()).isTrue();
	}

}
