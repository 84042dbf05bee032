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

package io.github.servicestarter.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.testsupport.FakeHostProcess;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JettySocketActivation}.
 */
class JettySocketActivationTests {

	private final Server server = new Server();

	private final ServerConnector connector = new ServerConnector(this.server);

	private final RecordingLoggingSystem loggingSystem = new RecordingLoggingSystem();

	private final JettySocketActivation activation = new JettySocketActivation(new FakeHostProcess(),
			Platform.current(), 8080, null, this.loggingSystem);

	@AfterEach
	void stopServer() throws Exception {
		this.server.stop();
	}

	@Test
	void withoutPassedSocketsJettyBindsItsPortAsBefore() {
		JettyServletWebServerFactory factory = new JettyServletWebServerFactory();
		new JettySocketActivation(new FakeHostProcess().pid(42).env("LISTEN_PID", "41").env("LISTEN_FDS", "1"),
				Platform.current(), 8080, null, this.loggingSystem)
			.customize(factory);
		assertThat(factory.getServerCustomizers()).isEmpty();
	}

	@Test
	void withAPassedSocketTheConnectorTakesTheInheritedChannel() {
		this.server.addConnector(this.connector);
		this.activation.takeInheritedChannel(this.server);
		assertThat(this.connector.isInheritChannel()).isTrue();
	}

	@Test
	void theStopClosesTheChannelAndAnswersWhatTheServerAccepted() throws Exception {
		CountDownLatch handling = new CountDownLatch(1);
		List<String> answered = new ArrayList<>();
		this.server.setHandler(slowHandler(handling, answered));
		this.server.addConnector(this.connector);
		this.activation.takeInheritedChannel(this.server);
		this.server.start();
		int port = this.connector.getLocalPort();
		try (Socket client = new Socket()) {
			client.connect(new InetSocketAddress("127.0.0.1", port));
			request(client);
			assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();
			this.activation.stop();
			assertThat(answered).containsExactly("/slow");
			assertThat(this.connector.isAccepting()).isFalse();
			assertThat(((ServerSocketChannel) this.connector.getTransport()).isOpen()).isFalse();
			assertThat(response(client)).startsWith("HTTP/1.1 200");
		}
		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port)));
		assertThat(this.loggingSystem.levels).containsEntry(AbstractConnector.class.getName(), LogLevel.ERROR);
	}

	@Test
	void aServerNotOnThePassedSocketIsLeftAlone() throws Exception {
		this.server.addConnector(this.connector);
		this.server.start();
		this.activation.stop();
		assertThat(this.connector.isAccepting()).isTrue();
		assertThat(this.loggingSystem.levels).isEmpty();
	}

	private static Handler slowHandler(CountDownLatch handling, List<String> answered) {
		return new Handler.Abstract() {

			@Override
			public boolean handle(Request request, Response response, Callback callback) throws Exception {
				handling.countDown();
				Thread.sleep(300);
				synchronized (answered) {
					answered.add(request.getHttpURI().getPath());
				}
				response.setStatus(200);
				callback.succeeded();
				return true;
			}

		};
	}

	private static void request(Socket client) throws Exception {
		OutputStream output = client.getOutputStream();
		output.write("GET /slow HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
			.getBytes(StandardCharsets.US_ASCII));
		output.flush();
	}

	private static String response(Socket client) throws Exception {
		client.setSoTimeout(10_000);
		InputStream input = client.getInputStream();
		return new String(input.readAllBytes(), StandardCharsets.US_ASCII);
	}

	/** Records the levels set; supports nothing else. */
	static final class RecordingLoggingSystem extends LoggingSystem {

		final Map<String, LogLevel> levels = new ConcurrentHashMap<>();

		@Override
		public void beforeInitialize() {
		}

		@Override
		public void setLogLevel(String loggerName, LogLevel level) {
			this.levels.put(loggerName, level);
		}

		@Override
		public List<LoggerConfiguration> getLoggerConfigurations() {
			return List.of();
		}

	}

}
