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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.testsupport.FakeHostProcess;
import io.github.servicestarter.testsupport.FakePlatform;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RunDetection}.
 */
class RunDetectionTests {

	private final List<HostProcess> lookups = new ArrayList<>();

	private final RunDetection detection = new RunDetection(
			new ServiceManagerConnector(new FakeHostProcess(), FakePlatform.windows().detecting((process) -> {
				this.lookups.add(process);
				return new ServiceManagerDetection(ServiceManager.WINDOWS, "the parent process is services.exe");
			})));

	@Test
	void whatThePlatformFindsIsAskedOnce() {
		ServiceManagerDetection first = this.detection.detect(ServiceManagerSelection.AUTO);
		assertThat(this.detection.detect(ServiceManagerSelection.AUTO)).isSameAs(first);
		assertThat(first.manager()).isEqualTo(ServiceManager.WINDOWS);
		assertThat(this.lookups).hasSize(1);
	}

	@Test
	void aNamedManagerIsTakenAtItsWord() {
		assertThat(this.detection.detect(ServiceManagerSelection.SYSTEMD).manager()).isEqualTo(ServiceManager.SYSTEMD);
		assertThat(this.detection.detect(ServiceManagerSelection.NONE).isManaged()).isFalse();
		assertThat(this.lookups).isEmpty();
	}

	@Test
	void bothEnvironmentPostProcessorsOfAWindowsServiceShareOneLookup() {
		HostFacts host = new HostFacts(new FakeHostProcess(), true, "Administrator", Path.of("C:/Users/Administrator"),
				() -> Path.of("C:/ProgramData"));
		StandardEnvironment environment = new StandardEnvironment();
		SpringApplication application = new SpringApplication();
		new WindowsServiceLogFileEnvironmentPostProcessor(host, this.detection::detect)
			.postProcessEnvironment(environment, application);
		new ServiceSecretsEnvironmentPostProcessor(host, this.detection::detect, () -> {
			throw new AssertionError("no secrets directory, so nothing to decrypt");
		}).postProcessEnvironment(environment, application);
		assertThat(environment.getProperty("logging.file.name")).endsWith(".log");
		assertThat(this.lookups).hasSize(1);
	}

	@Test
	void theRunIsBuiltFromTheDetectionTheListenerSharedWhenSpringBootStarted() {
		AtomicReference<RunDetection> shared = new AtomicReference<>();
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setListeners(List.of(new ServiceManagerApplicationListener(new FakeHostProcess())));
		application.addBootstrapRegistryInitializer((registry) -> registry
			.addCloseListener((event) -> shared.set(event.getBootstrapContext().get(RunDetection.class))));
		try (ConfigurableApplicationContext context = application.run()) {
			assertThat(shared.get().detect(ServiceManagerSelection.AUTO))
				.isSameAs(context.getBean(ServiceManagerRun.class).detection());
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TestApplication {

	}

}
