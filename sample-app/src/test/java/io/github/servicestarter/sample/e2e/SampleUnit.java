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

package io.github.servicestarter.sample.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A systemd unit that runs the sample app's fat jar, with its own port and log file.
 */
final class SampleUnit {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Path log;

	private final Path results;

	private final List<String> arguments = new ArrayList<>();

	private final List<String> directives = new ArrayList<>();

	SampleUnit(String name, Path directory) throws IOException {
		this.name = name + ".service";
		this.port = freePort();
		this.log = directory.resolve(name + ".log");
		this.results = directory.resolve(name + ".results");
	}

	/**
	 * A sample running on a known port, installed by other means than this class.
	 */
	SampleUnit(int port) {
		this.name = "";
		this.port = port;
		this.log = Path.of("");
		this.results = Path.of("");
	}

	static Path jar() {
		Path jar = Path.of(System.getProperty("sample.jar", "target/sample-app.jar")).toAbsolutePath();
		Prerequisites.require(Files.isRegularFile(jar), "the sample fat jar at " + jar + " (run ./mvnw verify)");
		return jar;
	}

	static Path logDirectory(Class<?> testClass) {
		return Path.of(System.getProperty("e2e.logs", "target/e2e"))
			.toAbsolutePath()
			.resolve(testClass.getSimpleName());
	}

	/**
	 * Return what the sample's {@code /secret} answers for a value: its length and
	 * SHA-256.
	 * @param value the secret's value
	 * @return the JSON body
	 */
	static String secretDigest(String value) throws Exception {
		byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		return "{\"length\":" + value.length() + ",\"sha256\":\"" + HexFormat.of().formatHex(sha256) + "\"}";
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	SampleUnit argument(String argument) {
		this.arguments.add(argument);
		return this;
	}

	SampleUnit directive(String directive) {
		this.directives.add(directive);
		return this;
	}

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	String log() throws IOException {
		return Files.exists(this.log) ? Files.readString(this.log) : "";
	}

	/**
	 * Return how each run of the unit ended, as systemd saw it: one line per run with
	 * {@code $SERVICE_RESULT $EXIT_CODE $EXIT_STATUS}, e.g.
	 * {@code "watchdog killed KILL"}.
	 * @return the lines, oldest first
	 */
	List<String> results() throws IOException {
		return Files.exists(this.results) ? Files.readAllLines(this.results) : List.of();
	}

	String content() {
		StringBuilder unit = new StringBuilder();
		unit.append("[Unit]\nDescription=Service starter sample (end-to-end test)\n\n[Service]\n");
		unit.append("Type=notify\nNotifyAccess=main\n");
		unit.append("ExecStart=").append(java()).append(" -Xmx192m -XX:TieredStopAtLevel=1 -jar ").append(jar());
		unit.append(" --server.port=").append(this.port);
		this.arguments.forEach((argument) -> unit.append(' ').append(argument));
		unit.append('\n');
		unit.append("WorkingDirectory=").append(this.log.getParent()).append('\n');
		unit.append("SuccessExitStatus=143\nLimitCORE=0\n");
		unit.append("StandardOutput=append:").append(this.log).append('\n');
		unit.append("StandardError=append:").append(this.log).append('\n');
		unit.append("ExecStopPost=/bin/sh -c 'echo \"$SERVICE_RESULT $EXIT_CODE $EXIT_STATUS\" >> ")
			.append(this.results)
			.append("'\n");
		this.directives.forEach((directive) -> unit.append(directive).append('\n'));
		return unit.toString();
	}

	int get(String path) throws IOException, InterruptedException {
		return get(path, Duration.ofSeconds(10));
	}

	int get(String path, Duration timeout) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).timeout(timeout).GET());
	}

	String getBody(String path) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	int post(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
