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

package io.github.servicestarter.autoconfigure.web;

import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.testsupport.FakeHostProcess;
import io.github.servicestarter.web.JettySocketActivation;
import io.github.servicestarter.web.TomcatSocketActivation;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SocketActivationAutoConfiguration}.
 */
class SocketActivationAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SocketActivationAutoConfiguration.class));

	@Test
	void hooksTheServerThatIsOnTheClassPath() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.jetty"))
			.run((context) -> assertThat(context).hasSingleBean(TomcatSocketActivation.class)
				.doesNotHaveBean(JettySocketActivation.class));
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.tomcat"))
			.run((context) -> assertThat(context).hasSingleBean(JettySocketActivation.class)
				.doesNotHaveBean(TomcatSocketActivation.class));
	}

	@Test
	void backsOffWhenTheIntegrationIsDisabled() {
		this.runner.withPropertyValues("service.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(TomcatSocketActivation.class)
				.doesNotHaveBean(JettySocketActivation.class));
	}

	@Test
	void aUserHookWins() {
		TomcatSocketActivation own = new TomcatSocketActivation(new FakeHostProcess(), Platform.current(), 9090, null);
		this.runner.withBean(TomcatSocketActivation.class, () -> own)
			.run((context) -> assertThat(context.getBean(TomcatSocketActivation.class)).isSameAs(own));
	}

}
