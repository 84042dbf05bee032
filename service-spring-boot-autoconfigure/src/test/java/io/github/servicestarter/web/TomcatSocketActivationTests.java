package io.github.servicestarter.web;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TomcatSocketActivation}.
 */
class TomcatSocketActivationTests {

	@Test
	void withoutPassedSocketsTomcatBindsItsPortAsBefore() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatSocketActivation(new FakeHostProcess().pid(42).env("LISTEN_PID", "41").env("LISTEN_FDS", "1"), 8080,
				null)
			.customize(factory);
		assertThat(factory.getConnectorCustomizers()).isEmpty();
	}

}
