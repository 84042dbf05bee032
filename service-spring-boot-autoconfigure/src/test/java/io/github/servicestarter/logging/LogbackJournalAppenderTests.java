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

import java.io.IOException;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.servicestarter.testsupport.RecordingJournalTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LogbackJournalAppender}.
 */
class LogbackJournalAppenderTests {

	private final LoggerContext context = new LoggerContext();

	private final ListAppender<ILoggingEvent> console = new ListAppender<>();

	private final RecordingJournalTransport transport = new RecordingJournalTransport();

	private final Logger logger = this.context.getLogger("com.example.Orders");

	@BeforeEach
	void consoleAppenderOfBootsDefaults() {
		this.context.setMDCAdapter(MDC.getMDCAdapter());
		this.context.start();
		this.console.setName("CONSOLE");
		this.console.setContext(this.context);
		this.console.start();
		Logger root = this.context.getLogger(Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.DEBUG);
		root.addAppender(this.console);
	}

	@AfterEach
	void stop() {
		this.context.stop();
		MDC.clear();
	}

	@Test
	void anExceptionWithCauseAndSuppressedIsOneEntry() {
		replace();
		IllegalStateException failure = new IllegalStateException("order 17 failed", new IOException("disk full"));
		failure.addSuppressed(new IllegalArgumentException("cleanup failed"));
		this.logger.error("Could not place order", failure);
		Map<String, List<String>> fields = this.transport.entries().get(0);
		assertThat(this.transport.entries()).hasSize(1);
		assertThat(fields.get("MESSAGE")).singleElement()
			.asString()
			.startsWith("Could not place order\njava.lang.IllegalStateException: order 17 failed\n")
			.contains("Caused by: java.io.IOException: disk full", "Suppressed: java.lang.IllegalArgumentException")
			.doesNotEndWith("\n");
		assertThat(fields.get("PRIORITY")).containsExactly("3");
		assertThat(fields.get("EXCEPTION")).containsExactly("java.lang.IllegalStateException");
		assertThat(fields.get("LOGGER")).containsExactly("com.example.Orders");
		assertThat(fields.get("THREAD")).containsExactly(Thread.currentThread().getName());
		assertThat(this.console.list).isEmpty();
	}

	@Test
	void levelsMapToSyslogPrioritiesAndMdcBecomesFields() {
		replace();
		MDC.put("requestId", "r-9");
		this.logger.warn("w");
		this.logger.info("i");
		this.logger.debug("d");
		assertThat(this.transport.entries()).extracting((fields) -> fields.get("PRIORITY").get(0))
			.containsExactly("4", "6", "7");
		assertThat(this.transport.entries())
			.allSatisfy((fields) -> assertThat(fields.get("REQUESTID")).containsExactly("r-9"));
	}

	@Test
	void whenTheJournalFailsTheConsoleGetsOneWarningAndEveryEvent() {
		this.transport.failing();
		replace();
		this.logger.info("first");
		this.logger.info("second");
		assertThat(this.console.list).extracting(ILoggingEvent::getFormattedMessage)
			.hasSize(3)
			.endsWith("first", "second")
			.first()
			.asString()
			.startsWith("Could not write to the journal");
		assertThat(this.console.list.get(0).getLevel()).isEqualTo(Level.WARN);
	}

	@Test
	void withoutBootsConsoleAppenderNothingIsReplaced() {
		this.console.setName("MINE");
		assertThat(LogbackJournalAppender.replaceConsole(this.context, writer())).isFalse();
		this.logger.info("kept");
		assertThat(this.console.list).hasSize(1);
		assertThat(this.transport.entries()).isEmpty();
	}

	@Test
	void stoppingTheContextClosesTheSocket() {
		replace();
		this.context.stop();
		assertThat(this.transport.isClosed()).isTrue();
	}

	private void replace() {
		assertThat(LogbackJournalAppender.replaceConsole(this.context, writer())).isTrue();
	}

	private JournalEventWriter writer() {
		return new JournalEventWriter(this.transport, "orders", () -> 1);
	}

}
