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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;

/**
 * A Log4j2 appender that writes each event as one native journal entry, and hands events
 * to the console appender it replaced once the journal cannot be used.
 *
 * @author Service Starter contributors
 */
final class Log4j2JournalAppender extends AbstractAppender {

	/** The name of the console appender of Spring Boot's default configuration. */
	static final String CONSOLE = "Console";

	private final JournalEventWriter writer;

	private final Appender fallback;

	Log4j2JournalAppender(JournalEventWriter writer, Appender fallback) {
		super("Journal", null, null, true, Property.EMPTY_ARRAY);
		this.writer = writer;
		this.fallback = fallback;
	}

	/**
	 * Put a journal appender in place of the root logger's console appender of Spring
	 * Boot's default configuration.
	 * @param writer the journal writer
	 * @return whether the console appender was found and replaced
	 */
	static boolean replaceConsole(JournalEventWriter writer) {
		return replaceConsole((LoggerContext) LogManager.getContext(false), writer);
	}

	static boolean replaceConsole(LoggerContext context, JournalEventWriter writer) {
		Configuration configuration = context.getConfiguration();
		LoggerConfig root = configuration.getRootLogger();
		Appender console = root.getAppenders().get(CONSOLE);
		if (console == null) {
			return false;
		}
		Log4j2JournalAppender journal = new Log4j2JournalAppender(writer, console);
		journal.start();
		configuration.addAppender(journal);
		root.addAppender(journal, null, null);
		root.removeAppender(CONSOLE);
		context.updateLoggers();
		return true;
	}

	@Override
	public void append(LogEvent event) {
		Throwable thrown = event.getThrown();
		boolean written = this.writer.write(priority(event.getLevel()), event.getMessage().getFormattedMessage(),
				(thrown != null) ? stackTrace(thrown) : null, (thrown != null) ? thrown.getClass().getName() : null,
				event.getLoggerName(), event.getThreadName(), event.getContextData().toMap(),
				(warning) -> this.fallback.append(warning(warning)));
		if (!written) {
			this.fallback.append(event);
		}
	}

	private static LogEvent warning(String message) {
		return Log4jLogEvent.newBuilder()
			.setLoggerName(Log4j2JournalAppender.class.getName())
			.setLevel(Level.WARN)
			.setMessage(new SimpleMessage(message))
			.setThreadName(Thread.currentThread().getName())
			.setTimeMillis(System.currentTimeMillis())
			.build();
	}

	private static String stackTrace(Throwable thrown) {
		StringWriter trace = new StringWriter();
		thrown.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

	static int priority(Level level) {
		return switch (level.getStandardLevel()) {
			case FATAL -> 2;
			case ERROR -> 3;
			case WARN -> 4;
			case INFO -> 6;
			default -> 7;
		};
	}

	@Override
	protected boolean stop(long timeout, TimeUnit timeUnit, boolean changeLifeCycleState) {
		boolean stopped = super.stop(timeout, timeUnit, changeLifeCycleState);
		this.writer.close();
		return stopped;
	}

}
