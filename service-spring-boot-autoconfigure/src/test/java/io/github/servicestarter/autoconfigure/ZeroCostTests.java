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

package io.github.servicestarter.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves in a fresh JVM that the starter loads no native code and starts no thread when
 * no service manager is present, and, as a control, that it does load JNA when there is a
 * notify socket to talk to.
 */
class ZeroCostTests {

	@TempDir
	Path directory;

	@Test
	void withoutServiceManagerNoNativeCodeIsLoadedAndNoThreadStarted() throws Exception {
		Probe probe = runProbe(Map.of());
		assertThat(probe.output()).contains("No service manager (not launched by systemd)");
		assertThat(probe.loadedClasses()).contains("io.github.servicestarter.autoconfigure.ServiceAutoConfiguration")
			.doesNotContain("com.sun.jna.");
		// Every thread the starter starts is named service-*: watchdog, health, progress,
		// dispatcher.
		assertThat(probe.threads()).isNotEmpty().noneMatch((thread) -> thread.startsWith("service-"));
	}

	@Test
	void withNotifySocketJnaIsLoaded() throws Exception {
		Probe probe = runProbe(Map.of("NOTIFY_SOCKET", this.directory.resolve("no-listener").toString()));
		assertThat(probe.output()).contains("Service manager: systemd (NOTIFY_SOCKET is set)");
		assertThat(probe.loadedClasses()).contains("com.sun.jna.Native ");
	}

	private Probe runProbe(Map<String, String> environment) throws IOException, InterruptedException {
		Path classLog = this.directory.resolve("classes.log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xlog:class+load=info:file=" + classLog);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ZeroCostProbeApplication.class.getName());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		List.of("NOTIFY_SOCKET", "SYSTEMD_EXEC_PID", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_PID")
			.forEach(builder.environment()::remove);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		String threads = output.lines()
			.filter((line) -> line.startsWith("THREADS="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("probe printed no threads:\n" + output))
			.substring("THREADS=".length());
		return new Probe(output, Files.readString(classLog), List.of(threads.split(",")));
	}

	private record Probe(String output, String loadedClasses, List<String> threads) {

	}

}
