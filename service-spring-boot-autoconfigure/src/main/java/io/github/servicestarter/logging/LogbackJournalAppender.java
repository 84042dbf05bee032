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

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import org.slf4j.LoggerFactory;

/**
 * A Logback appender that writes each event as one native journal entry, and hands events
 * to the console appender it replaced once the journal cannot be used.
 *
 * @author Service Starter contributors
 */
final class LogbackJournalAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

	/** The name of the console appender of Spring Boot's default configuration. */
	static final String CONSOLE = "CONSOLE";

	private final JournalEventWriter writer;

	private final Appender<ILoggingEvent> fallback;

	LogbackJournalAppender(JournalEventWriter writer, Appender<ILoggingEvent> fallback) {
		this.writer = writer;
		this.fallback = fallback;
		setName("JOURNAL");
	}

	/**
	 * Put a journal appender in place of the root logger's console appender of Spring
	 * Boot's default configuration.
	 * @param writer the journal writer
	 * @return whether the console appender was found and replaced
	 */
	static boolean replaceConsole(JournalEventWriter writer) {
		return replaceConsole((LoggerContext) LoggerFactory.getILoggerFactory(), writer);
	}

	static boolean replaceConsole(LoggerContext context, JournalEventWriter writer) {
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Appender<ILoggingEvent> console = root.getAppender(CONSOLE);
		if (console == null) {
			return false;
		}
		LogbackJournalAppender journal = new LogbackJournalAppender(writer, console);
		journal.setContext(context);
		journal.start();
		root.addAppender(journal);
		root.detachAppender(console);
		return true;
	}

	@Override
	protected void append(ILoggingEvent event) {
		IThrowableProxy throwable = event.getThrowableProxy();
		boolean written = this.writer.write(priority(event.getLevel()), event.getFormattedMessage(),
				(throwable != null) ? ThrowableProxyUtil.asString(throwable) : null,
				(throwable != null) ? throwable.getClassName() : null, event.getLoggerName(), event.getThreadName(),
				event.getMDCPropertyMap(), (warning) -> this.fallback.doAppend(warning(warning)));
		if (!written) {
			this.fallback.doAppend(event);
		}
	}

	private LoggingEvent warning(String message) {
		Logger logger = ((LoggerContext) getContext()).getLogger(LogbackJournalAppender.class);
		return new LoggingEvent(Logger.FQCN, logger, Level.WARN, message, null, null);
	}

	static int priority(Level level) {
		return switch (level.toInt()) {
			case Level.ERROR_INT -> 3;
			case Level.WARN_INT -> 4;
			case Level.INFO_INT -> 6;
			default -> 7;
		};
	}

	@Override
	public void stop() {
		super.stop();
		this.writer.close();
	}

}
