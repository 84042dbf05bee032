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
