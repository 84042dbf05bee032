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
import java.util.List;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.JournalTransport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * When the application's output is a journal stream and
 * {@code service.logging.journal.mode} is {@code native} (the default), replaces the
 * console appender of Spring Boot's default Logback or Log4j2 configuration with one that
 * writes native journal entries, right after Spring Boot has initialised logging. An
 * application with its own logging configuration file keeps it untouched.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class JournalLoggingApplicationListener
		implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	/**
	 * Right after Spring Boot's {@code LoggingApplicationListener} has initialised
	 * logging, and before anything of the starter logs.
	 */
	public static final int ORDER = LoggingApplicationListener.DEFAULT_ORDER + 1;

	private static final Log logger = LogFactory.getLog(JournalLoggingApplicationListener.class);

	private static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";

	private static final String LOG4J2 = "org.apache.logging.log4j.core.LoggerContext";

	private static final List<String> LOGBACK_FILES = configurationFiles(List.of("logback-test", "logback"),
			List.of("groovy", "xml"));

	private static final List<String> LOG4J2_FILES = configurationFiles(List.of("log4j2-test", "log4j2"),
			List.of("properties", "yaml", "yml", "json", "jsn", "xml"));

	private final HostProcess process;

	private final Platform platform;

	private final Path socket;

	private final Path stdout;

	private final Path stderr;

	public JournalLoggingApplicationListener() {
		this(HostProcess.current(), Platform.current(), JournalTransport.SOCKET, JournalOutput.STDOUT,
				JournalOutput.STDERR);
	}

	JournalLoggingApplicationListener(HostProcess process, Platform platform, Path socket, Path stdout, Path stderr) {
		this.process = process;
		this.platform = platform;
		this.socket = socket;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!JournalOutput.of(environment, this.process, this.stdout, this.stderr).writesNatively()) {
			return;
		}
		ClassLoader classLoader = event.getSpringApplication().getClassLoader();
		boolean logback = ClassUtils.isPresent(LOGBACK, classLoader);
		if (!logback && !ClassUtils.isPresent(LOG4J2, classLoader)) {
			return;
		}
		if (hasOwnConfiguration(environment, classLoader, logback ? LOGBACK_FILES : LOG4J2_FILES)) {
			logger.debug("The application has its own logging configuration; journal entries are left to it");
			return;
		}
		if (!Files.exists(this.socket)) {
			logger.warn("The journal's socket " + this.socket + " does not exist; log events go to standard output"
					+ " with priority prefixes. Set service.logging.journal.mode=prefix to start that way.");
			return;
		}
		JournalEventWriter writer = new JournalEventWriter(this.platform.journalTransport(this.socket),
				identifier(environment), this.platform.threadIds());
		if (logback ? LogbackJournalAppender.replaceConsole(writer) : Log4j2JournalAppender.replaceConsole(writer)) {
			logger.debug("Log events go to the journal as native entries through " + this.socket);
		}
	}

	private String identifier(ConfigurableEnvironment environment) {
		return this.platform.serviceName(environment::getProperty, this.process);
	}

	/**
	 * Whether the application configures logging itself: {@code logging.config}, the
	 * logging system's own property, or one of the files Spring Boot looks for on the
	 * class path.
	 */
	private static boolean hasOwnConfiguration(ConfigurableEnvironment environment, ClassLoader classLoader,
			List<String> files) {
		if (environment.containsProperty("logging.config") || System.getProperty("logback.configurationFile") != null
				|| System.getProperty("log4j2.configurationFile") != null
				|| System.getProperty("log4j.configurationFile") != null) {
			return true;
		}
		return files.stream().anyMatch((file) -> classLoader.getResource(file) != null);
	}

	private static List<String> configurationFiles(List<String> names, List<String> extensions) {
		return names.stream()
			.flatMap((name) -> List.of(name, name + "-spring").stream())
			.flatMap((name) -> extensions.stream().map((extension) -> name + "." + extension))
			.toList();
	}

}
