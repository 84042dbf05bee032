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
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Log events the end-to-end tests look for in the journal: an uncaught exception with a
 * cause, an event with an MDC value, a large message, and a line printed to standard
 * error. For demonstration only.
 *
 * @author Service Starter contributors
 */
@RestController
class LogProbeController {

	private static final Logger logger = LoggerFactory.getLogger(LogProbeController.class);

	@PostMapping("/log/uncaught")
	Map<String, String> uncaught() {
		Thread thread = new Thread(() -> {
			throw new IllegalStateException("order 17 could not be placed",
					new IOException("disk full on /var/lib/orders"));
		}, "sample-order-worker");
		thread.start();
		return Map.of("thread", thread.getName());
	}

	@PostMapping("/log/stderr")
	Map<String, String> standardError(@RequestParam String text) {
		// As code that does not log does: straight to standard error.
		System.err.println(text);
		return Map.of("printed", text);
	}

	@GetMapping("/log/mdc")
	Map<String, String> mdc(@RequestParam String requestId) {
		MDC.put("requestId", requestId);
		try {
			logger.info("Handled a request with an MDC value");
			return Map.of("requestId", requestId);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	@PostMapping("/log/large")
	Map<String, Integer> large(@RequestParam int kilobytes) {
		String message = "Large message: " + "x".repeat(kilobytes * 1024) + " :end";
		logger.info(message);
		return Map.of("length", message.length());
	}

}
