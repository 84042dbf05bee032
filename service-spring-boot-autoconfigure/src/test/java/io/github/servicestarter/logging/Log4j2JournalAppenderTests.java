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
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.servicestarter.testsupport.RecordingJournalTransport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Log4j2JournalAppender}.
 */
class Log4j2JournalAppenderTests {

	private final LoggerContext context = new LoggerContext("journal-test");

	private final ListAppender console = new ListAppender("Console");

	private final RecordingJournalTransport transport = new RecordingJournalTransport();

	private Logger logger;

	@BeforeEach
	void consoleAppenderOfBootsDefaults() {
		Configuration configuration = new DefaultConfiguration();
		this.console.start();
		configuration.addAppender(this.console);
		configuration.getRootLogger().getAppenders().keySet().forEach(configuration.getRootLogger()::removeAppender);
		configuration.getRootLogger().addAppender(this.console, null, null);
		configuration.getRootLogger().setLevel(Level.DEBUG);
		this.context.start(configuration);
		this.logger = this.context.getLogger("com.example.Orders");
	}

	@AfterEach
	void stop() {
		this.context.stop();
		ThreadContext.clearMap();
	}

	@Test
	void anExceptionWithCauseIsOneEntry() {
		replace();
		this.logger.error("Could not place order",
				new IllegalStateException("order 17 failed", new IOException("disk full")));
		assertThat(this.transport.entries()).hasSize(1);
		Map<String, List<String>> fields = this.transport.entries().get(0);
		assertThat(fields.get("MESSAGE")).singleElement()
			.asString()
			.startsWith("Could not place order\njava.lang.IllegalStateException: order 17 failed\n")
			.contains("Caused by: java.io.IOException: disk full");
		assertThat(fields.get("PRIORITY")).containsExactly("3");
		assertThat(fields.get("EXCEPTION")).containsExactly("java.lang.IllegalStateException");
		assertThat(fields.get("LOGGER")).containsExactly("com.example.Orders");
		assertThat(this.console.getEvents()).isEmpty();
	}

	@Test
	void levelsMapToSyslogPrioritiesAndTheThreadContextBecomesFields() {
		replace();
		ThreadContext.put("requestId", "r-9");
		this.logger.fatal("f");
		this.logger.warn("w");
		this.logger.info("i");
		this.logger.debug("d");
		assertThat(this.transport.entries()).extracting((fields) -> fields.get("PRIORITY").get(0))
			.containsExactly("2", "4", "6", "7");
		assertThat(this.transport.entries())
			.allSatisfy((fields) -> assertThat(fields.get("REQUESTID")).containsExactly("r-9"));
	}

	@Test
	void whenTheJournalFailsTheConsoleGetsOneWarningAndEveryEvent() {
		this.transport.failing();
		replace();
		this.logger.info("first");
		this.logger.info("second");
		List<LogEvent> events = this.console.getEvents();
		assertThat(events).extracting((event) -> event.getMessage().getFormattedMessage())
			.hasSize(3)
			.endsWith("first", "second");
		assertThat(events.get(0).getLevel()).isEqualTo(Level.WARN);
		assertThat(events.get(0).getMessage().getFormattedMessage()).startsWith("Could not write to the journal");
	}

	@Test
	void stoppingTheContextClosesTheSocket() {
		replace();
		this.context.stop();
		assertThat(this.transport.isClosed()).isTrue();
	}

	private void replace() {
		assertThat(Log4j2JournalAppender.replaceConsole(this.context,
				new JournalEventWriter(this.transport, "orders", () -> 1)))
			.isTrue();
	}

	private static final class ListAppender extends AbstractAppender {

		private final List<LogEvent> events = new CopyOnWriteArrayList<>();

		ListAppender(String name) {
			super(name, null, null, true, Property.EMPTY_ARRAY);
		}

		@Override
		public void append(LogEvent event) {
			this.events.add(event.toImmutable());
		}

		List<LogEvent> getEvents() {
			return this.events;
		}

	}

}
