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

package io.github.servicestarter.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.servicestarter.endpoint.ServiceRestartEndpoint;
import io.github.servicestarter.lifecycle.ServiceRestarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which HTTP requests reach the restart operation once access is granted: only a JSON
 * body with a reason, never the body-less or {@code text/plain} POST a page on another
 * site can send without a CORS preflight. The operation has the endpoint's own signature,
 * reached through Actuator's real web mapping; only the restart itself is recorded
 * instead of exiting the test's JVM.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "service.manager=systemd", "management.endpoints.web.exposure.include=servicerestart",
				"management.endpoint.servicerestart.access=unrestricted" })
class RestartEndpointRequestTests {

	@TempDir
	static Path stateDirectory;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void stateDirectory(DynamicPropertyRegistry registry) {
		registry.add("service.state-directory", () -> stateDirectory.toString());
	}

	@Test
	void onlyAJsonBodyWithAReasonRestarts(@Autowired RecordingEndpoint endpoint) throws Exception {
		assertThat(post(HttpRequest.BodyPublishers.noBody(), null)).as("body-less").isEqualTo(415);
		assertThat(post(HttpRequest.BodyPublishers.ofString("{}"), "application/json")).as("no reason").isEqualTo(400);
		assertThat(post(HttpRequest.BodyPublishers.ofString("reason=x"), "text/plain")).isEqualTo(415);
		assertThat(post(HttpRequest.BodyPublishers.ofString("reason=x"), "application/x-www-form-urlencoded"))
			.isEqualTo(415);
		assertThat(endpoint.reasons).isEmpty();
		assertThat(post(HttpRequest.BodyPublishers.ofString("{\"reason\":\"deploy\\n2\"}"), "application/json"))
			.isEqualTo(200);
		assertThat(endpoint.reasons).containsExactly("deploy\n2");
	}

	private int post(HttpRequest.BodyPublisher body, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/servicerestart"))
			.POST(body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecordingRestart {

		@Bean
		RecordingEndpoint serviceRestartEndpoint(ServiceRestarter restarter) {
			return new RecordingEndpoint(restarter);
		}

	}

	/**
	 * The endpoint with its restart recorded instead of run.
	 */
	static class RecordingEndpoint extends ServiceRestartEndpoint {

		final List<String> reasons = new CopyOnWriteArrayList<>();

		RecordingEndpoint(ServiceRestarter restarter) {
			super(restarter);
		}

		// Actuator reads the operation from the class it finds: the same signature, kept
		// by @Override.
		@Override
		@WriteOperation
		public RestartDescriptor restart(String reason) {
			this.reasons.add(reason);
			return new RestartDescriptor(true, ServiceRestarter.RESTART_EXIT_CODE);
		}

	}

}
