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

package io.github.servicestarter.logging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JournalLoggingEnvironmentPostProcessor}.
 */
@EnabledOnOs(OS.LINUX)
class JournalLoggingEnvironmentPostProcessorTests {

	@TempDir
	Path directory;

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void journalStreamOnStandardOutputSetsThePriorityPattern() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout"));
		process(stdout, stream(stdout)).postProcessEnvironment(this.environment, new SpringApplication());
		this.environment.setProperty("PID", "4242");
		assertThat(this.environment.getProperty("logging.pattern.console"))
			.isEqualTo("%replace(%replace(%replace(%replace(%replace(%p){'ERROR','<3>'}){'WARN','<4>'}){'INFO','<6>'})"
					+ "{'DEBUG','<7>'}){'TRACE','<7>'}%5p 4242 --- [%15.15t] %-40.40logger{39} : %m%n%wEx");
		assertThat(this.environment.getProperty("spring.output.ansi.enabled")).isEqualTo("never");
	}

	@Test
	void journalStreamOfAnotherStreamChangesNothing() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout"));
		Path other = Files.createFile(this.directory.resolve("other"));
		process(stdout, stream(other)).postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("logging.pattern.console")).isNull();
	}

	@Test
	void applicationSettingsWinAndThePropertyTurnsItOff() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout"));
		this.environment.setProperty("logging.pattern.console", "%m%n");
		process(stdout, stream(stdout)).postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("logging.pattern.console")).isEqualTo("%m%n");
		for (String[] setting : new String[][] { { "service.logging.journal.mode", "off" },
				{ "service.enabled", "false" } }) {
			MockEnvironment off = new MockEnvironment();
			off.setProperty(setting[0], setting[1]);
			process(stdout, stream(stdout)).postProcessEnvironment(off, new SpringApplication());
			assertThat(off.getProperty("logging.pattern.console")).as(setting[0]).isNull();
		}
	}

	@Test
	void prefixModeSetsThePatternToo() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout"));
		this.environment.setProperty("service.logging.journal.mode", "prefix");
		process(stdout, stream(stdout)).postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("logging.pattern.console")).startsWith("%replace(");
	}

	@Test
	void anUnknownModeFailsNamingTheProperty() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout"));
		this.environment.setProperty("service.logging.journal.mode", "binary");
		assertThatExceptionOfType(BindException.class).isThrownBy(
				() -> process(stdout, stream(stdout)).postProcessEnvironment(this.environment, new SpringApplication()))
			.withMessageContaining("service.logging.journal.mode");
	}

	@Test
	void onlyStandardErrorInTheJournalLeavesConsoleLinesAloneButWritesNatively() throws Exception {
		Path stdout = Files.createFile(this.directory.resolve("stdout"));
		Path stderr = Files.createFile(this.directory.resolve("stderr"));
		FakeHostProcess process = new FakeHostProcess().env("JOURNAL_STREAM", stream(stderr));
		new JournalLoggingEnvironmentPostProcessor(process, stdout, stderr).postProcessEnvironment(this.environment,
				new SpringApplication());
		assertThat(this.environment.getProperty("logging.pattern.console")).isNull();
		assertThat(JournalOutput.of(this.environment, process, stdout, stderr).writesNatively()).isTrue();
		assertThat(JournalOutput.of(this.environment, process, stdout, stdout).writesNatively()).isFalse();
	}

	private JournalLoggingEnvironmentPostProcessor process(Path stdout, String journalStream) throws Exception {
		return new JournalLoggingEnvironmentPostProcessor(new FakeHostProcess().env("JOURNAL_STREAM", journalStream),
				stdout, Files.createTempFile(this.directory, "stderr", ""));
	}

	private static String stream(Path file) throws Exception {
		Map<String, Object> attributes = Files.readAttributes(file, "unix:dev,ino");
		return attributes.get("dev") + ":" + attributes.get("ino");
	}

}
