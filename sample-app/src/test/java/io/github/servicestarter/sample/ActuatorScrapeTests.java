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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.servicestarter.restarts.EndReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sample app on a random port, as if under systemd (forced, so no manager is
 * needed), and reads its Actuator endpoints over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "service.manager=systemd")
class ActuatorScrapeTests {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

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
	void everyStarterMeterHasItsPrometheusNameAndLabels() throws Exception {
		String scrape = get("/actuator/prometheus").body();
		Map<String, List<Map<String, String>>> samples = samples(scrape);
		assertThat(samples.get("service_info")).containsExactly(Map.of("manager", "systemd", "name", "sample-app"));
		assertThat(samples.get("service_restarts_total")).containsExactly(Map.of("source", "journal"));
		assertThat(samples.get("service_starts_total")).containsExactly(Map.of());
		assertThat(samples.get("service_crashes_total")).containsExactlyInAnyOrderElementsOf(
				Stream.of(EndReason.values()).map((reason) -> Map.of("reason", reason.tag())).toList());
		assertThat(samples.get("service_watchdog_pings_total")).containsExactly(Map.of());
		for (String name : List.of("process_memory_resident_bytes", "process_memory_virtual_bytes", "process_threads",
				"process_io_read_bytes_total", "process_io_write_bytes_total")) {
			assertThat(samples.get(name)).as(name).containsExactly(Map.of());
		}
		assertThat(value(scrape, "service_info")).isEqualTo(1.0);
		assertThat(value(scrape, "service_starts_total")).isEqualTo(1.0);
		assertThat(value(scrape, "process_memory_resident_bytes")).isGreaterThan(10_000_000);
		assertThat(value(scrape, "process_threads")).isGreaterThan(10);
	}

	@Test
	void noMeterFamilyIsRegisteredTwice() throws Exception {
		String scrape = get("/actuator/prometheus").body();
		List<String> families = scrape.lines().filter((line) -> line.startsWith("# TYPE ")).toList();
		assertThat(families).doesNotHaveDuplicates();
		assertThat(families).anyMatch((line) -> line.startsWith("# TYPE process_uptime_seconds "))
			.anyMatch((line) -> line.startsWith("# TYPE process_cpu_usage "));
	}

	@Test
	void serviceEndpointAndHealth() throws Exception {
		String service = get("/actuator/service").body();
		assertThat(service).contains("\"manager\":\"systemd\"")
			.contains("\"detectedBy\":\"service.manager=systemd\"")
			.contains("\"name\":\"sample-app\"")
			.contains("\"state\":\"running\"")
			.contains("\"source\":\"journal\"")
			.doesNotContain(System.getProperty("java.class.path"))
			.doesNotContain(String.valueOf(System.getenv("PATH")));
		String health = get("/actuator/health").body();
		assertThat(health).contains("\"service\":{\"details\":{\"manager\":\"systemd\",\"state\":\"running\"");
	}

	@Test
	void restartIsNotAllowedByDefault() throws Exception {
		HttpResponse<String> onTheServiceEndpoint = this.http.send(
				HttpRequest.newBuilder(uri("/actuator/service")).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onTheServiceEndpoint.statusCode()).isEqualTo(405);
		HttpResponse<String> ofItsOwn = this.http.send(HttpRequest.newBuilder(uri("/actuator/servicerestart"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ofItsOwn.statusCode()).as("no access unless granted").isEqualTo(404);
		assertThat(get("/actuator/service").body()).contains("\"state\":\"running\"");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static Map<String, List<Map<String, String>>> samples(String scrape) {
		Map<String, List<Map<String, String>>> samples = new TreeMap<>();
		scrape.lines().filter((line) -> !line.startsWith("#") && !line.isBlank()).forEach((line) -> {
			Matcher sample = SAMPLE.matcher(line);
			assertThat(sample.matches()).as(line).isTrue();
			Map<String, String> labels = new TreeMap<>();
			if (sample.group(3) != null) {
				Matcher label = LABEL.matcher(sample.group(3));
				while (label.find()) {
					labels.put(label.group(1), label.group(2));
				}
			}
			samples.computeIfAbsent(sample.group(1), (name) -> new ArrayList<>()).add(labels);
		});
		return samples;
	}

	private static double value(String scrape, String name) {
		return scrape.lines()
			.filter((line) -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.map((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not in the scrape"));
	}

}
