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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that send {@code GET} requests in a loop, each on a new connection, until a
 * stop file appears; run inside the booted container (copied there as one class file, so
 * it has no nested classes). Writes the number of answered requests to a progress file as
 * it goes and prints one summary line: {@code requests=N failed=N failures={...}
 * median_ms=N max_ms=N waited=N waited_median_ms=N waited_max_ms=N}, where a request
 * "waited" when it took longer than {@value #WAITED_MS} ms. A client waits
 * {@value #RETRY_MS} ms after a failed request before its next one.
 *
 * Usage: {@code LoadClient <port> <path> <clients> <stop file> <progress file>}
 */
public final class LoadClient {

	private static final int WAITED_MS = 200;

	private static final int RETRY_MS = 50;

	private LoadClient() {
	}

	public static void main(String[] arguments) throws Exception {
		int port = Integer.parseInt(arguments[0]);
		String path = arguments[1];
		int clients = Integer.parseInt(arguments[2]);
		Path stop = Path.of(arguments[3]);
		Path progress = Path.of(arguments[4]);
		AtomicLong answered = new AtomicLong();
		Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				while (!Files.exists(stop)) {
					long start = System.nanoTime();
					try {
						int status = request(port, path);
						if (status != 200) {
							throw new IllegalStateException("HTTP " + status);
						}
						latencies.add((System.nanoTime() - start) / 1_000_000);
						answered.incrementAndGet();
					}
					catch (Exception ex) {
						failures
							.computeIfAbsent(ex.getClass().getSimpleName() + ": " + ex.getMessage(),
									(key) -> new AtomicLong())
							.incrementAndGet();
						pause();
					}
				}
			}, "client-" + i);
			thread.start();
			threads.add(thread);
		}
		while (threads.stream().anyMatch(Thread::isAlive)) {
			Files.writeString(progress, Long.toString(answered.get()));
			Thread.sleep(100);
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		List<Long> waited = sorted.stream().filter((latency) -> latency > WAITED_MS).toList();
		long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
		System.out.println("requests=" + (sorted.size() + failed) + " failed=" + failed + " failures=" + failures
				+ " median_ms=" + median(sorted) + " max_ms=" + max(sorted) + " waited=" + waited.size()
				+ " waited_median_ms=" + median(waited) + " waited_max_ms=" + max(waited));
	}

	private static int request(int port, String path) throws Exception {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 60_000);
			socket.setSoTimeout(60_000);
			OutputStream output = socket.getOutputStream();
			output.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			output.flush();
			BufferedReader input = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			String statusLine = input.readLine();
			if (statusLine == null) {
				throw new IllegalStateException("connection closed before a response");
			}
			while (input.read() != -1) {
				// The body, to the end: the request is answered once the server closes.
			}
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

	/**
	 * After a failure, as a client that retries would, rather than spinning on refusals.
	 */
	private static void pause() {
		try {
			Thread.sleep(RETRY_MS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long median(List<Long> sorted) {
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
	}

	private static long max(List<Long> sorted) {
		return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
	}

}
