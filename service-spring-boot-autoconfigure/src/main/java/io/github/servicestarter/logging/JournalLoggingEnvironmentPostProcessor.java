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

import java.nio.file.Path;
import java.util.Map;

import io.github.servicestarter.manager.HostProcess;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * When standard output is the systemd journal, gives console log lines the sd-daemon
 * priority prefix ({@code <3>} for ERROR, {@code <4>} WARN, {@code <6>} INFO, {@code <7>}
 * DEBUG and TRACE) so that the journal records real priorities
 * ({@code journalctl -p err}), leaves out the timestamp the journal adds itself, and
 * switches colours off. Uses only Logback's and Log4j2's own pattern features, through
 * {@code logging.pattern.console}, as a default that the application's own setting
 * overrides. In {@code native} mode these lines are what the journal gets before the
 * native appender is in place, and if the journal's socket fails. Off with
 * {@code service.logging.journal.mode=off}.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class JournalLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "serviceJournalLogging";

	// A Spring property: placeholders take Spring's default syntax (${name:default}).
	static final String LOGBACK_PATTERN = "%replace(%replace(%replace(%replace(%replace(%p){'ERROR','<3>'})"
			+ "{'WARN','<4>'}){'INFO','<6>'}){'DEBUG','<7>'}){'TRACE','<7>'}"
			+ "%5p ${PID:} --- [%15.15t] %-40.40logger{39} : %m%n%wEx";

	static final String LOG4J2_PATTERN = "%level{FATAL=<2>, ERROR=<3>, WARN=<4>, INFO=<6>, DEBUG=<7>, TRACE=<7>}"
			+ "%5p %pid --- [%15.15t] %-40.40c{1.} : %m%n%xwEx";

	private final HostProcess process;

	private final Path stdout;

	private final Path stderr;

	public JournalLoggingEnvironmentPostProcessor() {
		this(HostProcess.current(), JournalOutput.STDOUT, JournalOutput.STDERR);
	}

	JournalLoggingEnvironmentPostProcessor(HostProcess process, Path stdout, Path stderr) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	@Override
	public int getOrder() {
		// After the application's configuration is loaded, so that its settings are
		// known.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!JournalOutput.of(environment, this.process, this.stdout, this.stderr).prefixesConsole()) {
			return;
		}
		ClassLoader classLoader = application.getClassLoader();
		String pattern = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext", classLoader) ? LOGBACK_PATTERN
				: ClassUtils.isPresent("org.apache.logging.log4j.core.LoggerContext", classLoader) ? LOG4J2_PATTERN
						: null;
		if (pattern == null) {
			return;
		}
		// Last: the application's own logging.pattern.console and ANSI setting win.
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("logging.pattern.console", pattern, "spring.output.ansi.enabled", "never")));
	}

}
