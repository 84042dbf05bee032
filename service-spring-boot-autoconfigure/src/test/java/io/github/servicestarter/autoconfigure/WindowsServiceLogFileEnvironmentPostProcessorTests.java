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

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log file a Windows service gets when it sets none of its own: only under the SCM,
 * only as a default, and never a question to the OS elsewhere.
 */
class WindowsServiceLogFileEnvironmentPostProcessorTests {

	private final List<ServiceManagerSelection> detections = new ArrayList<>();

	private ServiceManager detected = ServiceManager.WINDOWS;

	@Test
	void aServiceWithoutALogFileOfItsOwnLogsInItsStateDirectory() {
		MockEnvironment environment = new MockEnvironment().withProperty("service.name", "orders")
			.withProperty("service.manager", "windows");
		postProcess(true, environment);
		assertThat(environment.getProperty("logging.file.name"))
			.isEqualTo(Path.of("C:/ProgramData", "orders", "logs", "orders.log").toString());
		assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
			.as("a default: every other source wins")
			.isEqualTo(WindowsServiceLogFileEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
		assertThat(this.detections).containsExactly(ServiceManagerSelection.WINDOWS);
	}

	@Test
	void theApplicationsOwnLogSettingsWin() {
		MockEnvironment named = new MockEnvironment().withProperty("logging.file.name", "D:/logs/mine.log");
		postProcess(true, named);
		assertThat(named.getProperty("logging.file.name")).isEqualTo("D:/logs/mine.log");
		MockEnvironment path = new MockEnvironment().withProperty("logging.file.path", "D:/logs");
		postProcess(true, path);
		assertThat(path.getProperty("logging.file.name")).isNull();
		assertThat(this.detections).isEmpty();
	}

	@Test
	void outsideTheScmNothingChanges() {
		StandardEnvironment console = new StandardEnvironment();
		this.detected = ServiceManager.NONE;
		postProcess(true, console);
		assertThat(console.getProperty("logging.file.name")).isNull();
		assertThat(this.detections).containsExactly(ServiceManagerSelection.AUTO);
		this.detections.clear();
		StandardEnvironment linux = new StandardEnvironment();
		postProcess(false, linux);
		assertThat(linux.getProperty("logging.file.name")).isNull();
		assertThat(this.detections).as("no detection off Windows").isEmpty();
	}

	private void postProcess(boolean windows, ConfigurableEnvironment environment) {
		HostFacts host = new HostFacts(new FakeHostProcess(), windows, "Administrator",
				Path.of("C:/Users/Administrator"), () -> Path.of("C:/ProgramData"));
		new WindowsServiceLogFileEnvironmentPostProcessor(host, (selection) -> {
			this.detections.add(selection);
			return new ServiceManagerDetection(this.detected, "test");
		}).postProcessEnvironment(environment, new SpringApplication());
	}

}
