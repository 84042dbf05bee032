package io.github.servicestarter.autoconfigure;

import io.github.servicestarter.systemd.SocketActivationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SocketActivationFailureAnalyzer}.
 */
class SocketActivationFailureAnalyzerTests {

	@Test
	void explainsTheSocketAndWhatToChangeInTheSocketUnit() {
		SocketActivationException cause = new SocketActivationException("The web server cannot serve on fd 3.",
				"Use ListenStream=<port>.");
		FailureAnalysis analysis = new SocketActivationFailureAnalyzer()
			.analyze(new BeanCreationException("tomcatServletWebServerFactory", "failed", cause));
		assertThat(analysis.getDescription()).isEqualTo("The web server cannot serve on fd 3.");
		assertThat(analysis.getAction()).isEqualTo("Use ListenStream=<port>.");
	}

}
