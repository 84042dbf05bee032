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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints the end-to-end tests drive. {@code POST /liveness/broken}, {@code POST /exit}
 * and {@code POST /threads/crash} are for demonstrating the watchdog and the logging of
 * uncaught exceptions only: a real application must never let anonymous callers do that.
 *
 * @author Service Starter contributors
 */
@RestController
class SampleController {

	private final ApplicationEventPublisher publisher;

	private final ApplicationContext context;

	/**
	 * Where the busy threads leave their count, so that the loops are not optimised away.
	 */
	private final AtomicLong spins = new AtomicLong();

	private final AtomicInteger inFlight = new AtomicInteger();

	SampleController(ApplicationEventPublisher publisher, ApplicationContext context) {
		this.publisher = publisher;
		this.context = context;
	}

	/**
	 * The version of this build, {@code sample.version}, which tests that install a new
	 * jar set in the copy they make.
	 * @param version the version
	 * @return the version
	 */
	@GetMapping("/version")
	Map<String, String> version(@Value("${sample.version:1}") String version) {
		return Map.of("version", version);
	}

	@GetMapping("/slow")
	Map<String, Long> slow(@RequestParam(defaultValue = "1000") long ms) throws InterruptedException {
		this.inFlight.incrementAndGet();
		try {
			Thread.sleep(ms);
			return Map.of("sleptMs", ms);
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	@GetMapping("/slow/in-flight")
	Map<String, Integer> slowInFlight() {
		return Map.of("inFlight", this.inFlight.get());
	}

	@PostMapping("/threads/crash")
	Map<String, String> crashAThread() {
		Thread thread = new Thread(() -> {
			throw new IllegalStateException("demo: a thread that nobody looks after failed");
		}, "sample-crash");
		thread.start();
		return Map.of("thread", thread.getName());
	}

	/**
	 * Run {@code env} the way libraries start processes, with the environment the JVM
	 * inherits, and answer the names of the variables the child saw (never their values).
	 */
	@GetMapping("/child/environment")
	List<String> childEnvironment() throws IOException, InterruptedException {
		Process env = new ProcessBuilder("env").redirectErrorStream(true).start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(env.getInputStream(), StandardCharsets.UTF_8))) {
			List<String> names = output.lines()
				.filter((line) -> line.indexOf('=') > 0)
				.map((line) -> line.substring(0, line.indexOf('=')))
				.sorted()
				.toList();
			env.waitFor();
			return names;
		}
	}

	/**
	 * End the application the way a batch-style application does:
	 * {@code SpringApplication.exit} with an exit code, then {@code System.exit} with it.
	 */
	@PostMapping("/exit")
	Map<String, Integer> exit(@RequestParam int code) {
		Thread exit = new Thread(() -> {
			try {
				// Let this response go out first.
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			System.exit(SpringApplication.exit(this.context, () -> code));
		}, "sample-exit");
		exit.start();
		return Map.of("exitCode", code);
	}

	/**
	 * Fill the heap until the JVM throws {@code OutOfMemoryError}, as a leak does; an
	 * installed service's JVM then writes a heap dump and exits.
	 */
	@PostMapping("/memory/exhaust")
	Map<String, Integer> exhaustMemory() {
		List<long[]> leak = new ArrayList<>();
		while (true) {
			leak.add(new long[1024 * 1024]);
		}
	}

	/**
	 * Keep threads busy on the CPU for a while, more of them than there are cores, so
	 * that they wait for one another: CPU pressure.
	 */
	@PostMapping("/cpu/busy")
	Map<String, Integer> busy(@RequestParam int threads, @RequestParam long millis) {
		long until = System.nanoTime() + millis * 1_000_000;
		for (int i = 0; i < threads; i++) {
			Thread busy = new Thread(() -> {
				long spins = 0;
				while (System.nanoTime() < until) {
					spins++;
				}
				this.spins.addAndGet(spins);
			}, "sample-busy-" + i);
			busy.start();
		}
		return Map.of("threads", threads);
	}

	/**
	 * Say what the application sees of its secret {@code sample.api-key}, such as one
	 * {@code service:install --service.install.secret.sample.api-key=stdin} stores: its
	 * length and SHA-256, never the value.
	 */
	@GetMapping("/secret")
	SecretDigest secret() throws NoSuchAlgorithmException {
		String value = this.context.getEnvironment().getProperty("sample.api-key", "");
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		return new SecretDigest(value.length(), HexFormat.of().formatHex(digest));
	}

	@PostMapping("/liveness/broken")
	Map<String, String> breakLiveness() {
		AvailabilityChangeEvent.publish(this.publisher, this, LivenessState.BROKEN);
		return Map.of("liveness", LivenessState.BROKEN.name());
	}

	/**
	 * What {@code /secret} shows of a secret.
	 *
	 * @param length its length in characters
	 * @param sha256 its SHA-256 in hexadecimal
	 */
	record SecretDigest(int length, String sha256) {

	}

}
