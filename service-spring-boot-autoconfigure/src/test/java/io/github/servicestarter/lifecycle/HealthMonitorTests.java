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

package io.github.servicestarter.lifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link HealthMonitor}.
 */
@ExtendWith(OutputCaptureExtension.class)
class HealthMonitorTests {

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicReference<String> health = new AtomicReference<>("UP");

	@Test
	void statusIsEmptyUntilTheFirstAnswerThenTheLastAnswer() {
		HealthMonitor monitor = new HealthMonitor(this.health::get, Duration.ofSeconds(10), this.nanos::get);
		assertThat(monitor.status()).isEmpty();
		monitor.check();
		assertThat(monitor.status()).hasValue("UP");
		this.health.set("DOWN");
		monitor.check();
		assertThat(monitor.status()).hasValue("DOWN");
	}

	@Test
	void aBackgroundCheckNeverWaitsAndNeverQueuesASecondWhileOneRuns() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicLong checks = new AtomicLong();
		HealthMonitor monitor = new HealthMonitor(() -> {
			checks.incrementAndGet();
			awaitQuietly(release);
			return "UP";
		}, Duration.ofSeconds(10));
		try {
			monitor.checkInBackground();
			await().atMost(Duration.ofSeconds(10)).until(() -> checks.get() == 1);
			monitor.checkInBackground();
			monitor.checkInBackground();
			assertThat(monitor.status()).isEmpty();
			release.countDown();
			await().atMost(Duration.ofSeconds(10)).until(() -> monitor.status().isPresent());
			assertThat(monitor.status()).hasValue("UP");
			assertThat(checks).hasValue(1);
			monitor.checkInBackground();
			await().atMost(Duration.ofSeconds(10)).until(() -> checks.get() == 2);
		}
		finally {
			monitor.stop();
		}
	}

	@Test
	void listenerHearsChangesOnly() {
		HealthMonitor monitor = new HealthMonitor(this.health::get, Duration.ofSeconds(10), this.nanos::get);
		List<String> heard = new ArrayList<>();
		monitor.onChange(heard::add);
		monitor.check();
		monitor.check();
		this.health.set("DOWN");
		monitor.check();
		assertThat(heard).containsExactly("UP", "DOWN");
	}

	@Test
	void failingCheckIsUnknown() {
		HealthMonitor monitor = new HealthMonitor(() -> {
			throw new IllegalStateException("broken indicator");
		}, Duration.ofSeconds(10), this.nanos::get);
		monitor.check();
		assertThat(monitor.status()).hasValue(HealthMonitor.UNKNOWN);
	}

	@Test
	void checkRunningLongerThanTheTimeoutIsUnknownUntilItAnswers(CapturedOutput output) throws Exception {
		CountDownLatch inCheck = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		this.health.set("DOWN");
		HealthMonitor monitor = new HealthMonitor(() -> {
			inCheck.countDown();
			awaitQuietly(answer);
			return this.health.get();
		}, Duration.ofSeconds(10), this.nanos::get);
		Thread checker = new Thread(monitor::check);
		checker.start();
		try {
			inCheck.await();
			this.nanos.addAndGet(Duration.ofSeconds(10).toNanos());
			assertThat(monitor.status()).as("at the timeout, no answer yet").isEmpty();
			this.nanos.addAndGet(1);
			assertThat(monitor.status()).hasValue(HealthMonitor.UNKNOWN);
			assertThat(output).contains("service.watchdog.health-timeout");
		}
		finally {
			answer.countDown();
			checker.join();
		}
		assertThat(monitor.status()).hasValue("DOWN");
	}

	@Test
	void startChecksOnItsOwnThreadAndStopEndsIt() {
		List<String> threads = new ArrayList<>();
		HealthMonitor monitor = new HealthMonitor(() -> {
			synchronized (threads) {
				threads.add(Thread.currentThread().getName());
			}
			return "UP";
		}, Duration.ofSeconds(10));
		monitor.start(Duration.ofMillis(10));
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> monitor.status().isPresent());
		}
		finally {
			monitor.stop();
		}
		synchronized (threads) {
			assertThat(threads).first().isEqualTo(HealthMonitor.THREAD_NAME);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Thread.getAllStackTraces()
				.keySet()
				.stream()
				.noneMatch((thread) -> thread.getName().equals(HealthMonitor.THREAD_NAME)));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
