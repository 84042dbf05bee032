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
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.helpers.NOPAppender;
import ch.qos.logback.core.status.Status;
import io.github.servicestarter.platform.Platform;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.slf4j.MDC;

/**
 * Logging through Logback into a real journald, two ways: the starter's native appender
 * (one datagram per event) and the console appender with the starter's priority-prefix
 * pattern writing to a journal stream, which is what standard output is under systemd.
 * Both sockets block when journald falls behind, so the figures include journald's own
 * work per event. Needs journald's sockets in {@code /run/systemd/journal};
 * {@code benchmarks/run.sh} starts a private journald for it.
 *
 * @author Service Starter contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JournalLoggingBenchmark {

	private static final Path JOURNAL = Path.of("/run/systemd/journal");

	/**
	 * What systemd writes first on a service's journal stream: identifier, unit,
	 * priority, flags.
	 */
	private static final String STREAM_HEADER = "benchmark\n\n6\n1\n0\n0\n0\n";

	/** Where events go: the native journal appender or Boot's console appender. */
	@Param({ "native", "console" })
	public String appender;

	/** What is logged: a plain message, or one with an exception. */
	@Param({ "message", "exception" })
	public String event;

	private final LoggerContext context = new LoggerContext();

	private final Logger logger = this.context.getLogger("io.github.servicestarter.benchmarks.Orders");

	private final Exception failure = new IllegalStateException("order 17 failed",
			new IOException("disk full on /var/lib/orders"));

	private SocketChannel stream;

	private int order;

	@Setup
	public void setUp() throws IOException {
		this.context.setMDCAdapter(MDC.getMDCAdapter());
		this.context.start();
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.INFO);
		root.addAppender(this.appender.equals("native") ? nativeAppender() : consoleAppender());
	}

	private Appender<ILoggingEvent> nativeAppender() {
		// Never used: a failing journal would void the figures, and tearDown reports it.
		NOPAppender<ILoggingEvent> unused = new NOPAppender<>();
		JournalEventWriter writer = new JournalEventWriter(
				Platform.current().journalTransport(JOURNAL.resolve("socket")), "benchmark",
				Platform.current().threadIds());
		LogbackJournalAppender appender = new LogbackJournalAppender(writer, unused);
		appender.setContext(this.context);
		appender.start();
		return appender;
	}

	private Appender<ILoggingEvent> consoleAppender() throws IOException {
		this.stream = SocketChannel.open(UnixDomainSocketAddress.of(JOURNAL.resolve("stdout")));
		this.stream.write(ByteBuffer.wrap(STREAM_HEADER.getBytes(StandardCharsets.US_ASCII)));
		OutputStream output = Channels.newOutputStream(this.stream);
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.context);
		// %wEx is Spring Boot's converter, registered by its logging system: Logback's
		// %ex is the same but for a leading space.
		encoder.setPattern(JournalLoggingEnvironmentPostProcessor.LOGBACK_PATTERN.replace("${PID:}", "4242")
			.replace("%wEx", "%ex"));
		encoder.start();
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(this.context);
		appender.setEncoder(encoder);
		appender.setOutputStream(output);
		appender.start();
		return appender;
	}

	@TearDown
	public void tearDown() throws IOException {
		List<Status> errors = this.context.getStatusManager()
			.getCopyOfStatusList()
			.stream()
			.filter((status) -> status.getLevel() == Status.ERROR)
			.toList();
		this.context.stop();
		if (this.stream != null) {
			this.stream.close();
		}
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Logback reported errors, the figures are void: " + errors);
		}
	}

	@Benchmark
	public void log() {
		int order = ++this.order;
		if (this.event.equals("exception")) {
			this.logger.error("Could not place order {}", order, this.failure);
		}
		else {
			this.logger.info("Placed order {} for customer {}", order, "c-42");
		}
	}

}
