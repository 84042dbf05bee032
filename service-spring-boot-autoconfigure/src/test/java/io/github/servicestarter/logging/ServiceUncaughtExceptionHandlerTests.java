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

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceUncaughtExceptionHandler}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceUncaughtExceptionHandlerTests {

	@Test
	void logsOnceWithTheServiceNameThenHandsOver(CapturedOutput output) throws Exception {
		List<String> reported = new ArrayList<>();
		List<Throwable> previous = new ArrayList<>();
		ServiceUncaughtExceptionHandler handler = new ServiceUncaughtExceptionHandler("app",
				(thread, ex) -> previous.add(ex), reported::add);
		Thread worker = new Thread(() -> {
			throw new IllegalStateException("boom");
		}, "worker");
		worker.setUncaughtExceptionHandler(handler);
		worker.start();
		worker.join();
		assertThat(output.getOut().split("Uncaught exception in thread 'worker' of service app", -1)).hasSize(2);
		assertThat(output).contains("ERROR").contains("java.lang.IllegalStateException: boom");
		assertThat(reported).containsExactly(
				"Uncaught exception in thread 'worker' of service app: java.lang.IllegalStateException: boom");
		assertThat(previous).singleElement().satisfies((ex) -> assertThat(ex).hasMessage("boom"));
	}

	@Test
	void installsInFrontOfTheDefaultAndPutsItBack() {
		Thread.UncaughtExceptionHandler original = Thread.getDefaultUncaughtExceptionHandler();
		Thread.UncaughtExceptionHandler before = (thread, ex) -> {
		};
		Thread.setDefaultUncaughtExceptionHandler(before);
		try {
			ServiceUncaughtExceptionHandler installed = ServiceUncaughtExceptionHandler.install("app", (message) -> {
			});
			assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(installed);
			assertThat(ServiceUncaughtExceptionHandler.install("again", (message) -> {
			})).as("one per JVM").isNull();
			installed.uninstall();
			assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(before);
		}
		finally {
			Thread.setDefaultUncaughtExceptionHandler(original);
		}
	}

}
