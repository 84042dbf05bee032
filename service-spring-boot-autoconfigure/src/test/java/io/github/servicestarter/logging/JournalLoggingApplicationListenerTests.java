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
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.testsupport.FakeHostProcess;
import io.github.servicestarter.testsupport.JournalFields;
import io.github.servicestarter.testsupport.UnixDatagramReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener against the test JVM's own Logback, with a console appender named as
 * Spring Boot's defaults name it, and a real datagram socket in journald's place. The
 * root logger's own appenders are put back after each test.
 */
@EnabledOnOs(OS.LINUX)
@ExtendWith(OutputCaptureExtension.class)
class JournalLoggingApplicationListenerTests {

	@TempDir
	Path directory;

	private final MockEnvironment environment = new MockEnvironment();

	private final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
		.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private List<Appender<ILoggingEvent>> appenders;

	private Path stdout;

	private FakeHostProcess process;

	@BeforeEach
	void journalStreamOnStandardOutput() throws Exception {
		this.appenders = appenders();
		this.appenders.forEach(this.root::detachAppender);
		ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.root.getLoggerContext());
		encoder.setPattern("%level %logger - %msg%n");
		encoder.start();
		console.setName("CONSOLE");
		console.setContext(this.root.getLoggerContext());
		console.setEncoder(encoder);
		console.start();
		this.root.addAppender(console);
		this.stdout = Files.createFile(this.directory.resolve("stdout"));
		Map<String, Object> attributes = Files.readAttributes(this.stdout, "unix:dev,ino");
		this.process = new FakeHostProcess().env("JOURNAL_STREAM", attributes.get("dev") + ":" + attributes.get("ino"))
			.systemdService("orders.service");
	}

	@AfterEach
	void restoreRootAppenders() {
		for (Appender<ILoggingEvent> appender : appenders()) {
			this.root.detachAppender(appender);
			appender.stop();
		}
		this.appenders.forEach(this.root::addAppender);
	}

	@Test
	void replacesBootsConsoleAppenderWithNativeEntriesNamedAfterTheUnit() throws Exception {
		Path socket = this.directory.resolve("journal");
		try (UnixDatagramReceiver journald = UnixDatagramReceiver.bind(socket.toString(), Duration.ofSeconds(5))) {
			listener(socket).onApplicationEvent(event());
			assertThat(this.root.getAppender("JOURNAL")).isNotNull();
			assertThat(this.root.getAppender("CONSOLE")).isNull();
			LoggerFactory.getLogger("com.example.Orders").warn("Low stock");
			Map<String, List<String>> fields = JournalFields.parse(journald.receiveBytes().payload());
			assertThat(fields.get("MESSAGE")).containsExactly("Low stock");
			assertThat(fields.get("SYSLOG_IDENTIFIER")).containsExactly("orders");
			assertThat(fields.get("TID").get(0)).matches("\\d+");
		}
	}

	@Test
	void anOwnLoggingConfigurationIsLeftAlone() {
		this.environment.setProperty("logging.config", "classpath:mine.xml");
		listener(this.directory.resolve("journal")).onApplicationEvent(event());
		assertThat(this.root.getAppender("JOURNAL")).isNull();
	}

	@Test
	void prefixModeInstallsNothing() {
		this.environment.setProperty("service.logging.journal.mode", "prefix");
		listener(this.directory.resolve("journal")).onApplicationEvent(event());
		assertThat(this.root.getAppender("JOURNAL")).isNull();
	}

	@Test
	void aMissingSocketIsOneWarningAndTheConsoleStays(CapturedOutput output) {
		listener(this.directory.resolve("missing")).onApplicationEvent(event());
		assertThat(this.root.getAppender("JOURNAL")).isNull();
		assertThat(this.root.getAppender("CONSOLE")).isNotNull();
		assertThat(output).containsOnlyOnce("The journal's socket").contains("service.logging.journal.mode=prefix");
	}

	private JournalLoggingApplicationListener listener(Path socket) {
		return new JournalLoggingApplicationListener(this.process, Platform.current(), socket, this.stdout,
				this.directory.resolve("none"));
	}

	private ApplicationEnvironmentPreparedEvent event() {
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
				new String[0], this.environment);
	}

	private List<Appender<ILoggingEvent>> appenders() {
		List<Appender<ILoggingEvent>> appenders = new java.util.ArrayList<>();
		this.root.iteratorForAppenders().forEachRemaining(appenders::add);
		return appenders;
	}

}
