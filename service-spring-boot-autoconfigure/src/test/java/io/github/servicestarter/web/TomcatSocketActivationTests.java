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

import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.SocketActivation;
import io.github.servicestarter.testsupport.FakeHostProcess;
import io.github.servicestarter.testsupport.FakePlatform;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TomcatSocketActivation}.
 */
class TomcatSocketActivationTests {

	private static final int AF_INET = 2;

	private static final int SOCK_STREAM = 1;

	@Test
	void withoutPassedSocketsTomcatBindsItsPortAsBefore() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatSocketActivation(new FakeHostProcess().pid(42).env("LISTEN_PID", "41").env("LISTEN_FDS", "1"),
				Platform.current(), 8080, null)
			.customize(factory);
		assertThat(factory.getConnectorCustomizers()).isEmpty();
	}

	@Test
	void aPassedSocketBecomesStandardInputTheVariablesGoAndTomcatTakesTheInheritedChannel() {
		FakePlatform platform = FakePlatform.linux()
			.describing(
					(passed) -> new PassedSocket(passed.descriptor(), passed.name(), AF_INET, SOCK_STREAM, true, 8080));
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatSocketActivation(new FakeHostProcess().pid(42)
			.env("LISTEN_PID", "42")
			.env("LISTEN_FDS", "1")
			.env("LISTEN_FDNAMES", "web"), platform, 8080, null).customize(factory);
		assertThat(platform.standardInputs()).containsExactly(3);
		assertThat(platform.unsetVariables()).containsExactlyElementsOf(SocketActivation.VARIABLES);
		assertThat(factory.getConnectorCustomizers()).hasSize(1);
	}

}
