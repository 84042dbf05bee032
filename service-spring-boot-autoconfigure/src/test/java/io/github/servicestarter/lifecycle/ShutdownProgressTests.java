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
import java.util.concurrent.atomic.AtomicLong;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ShutdownProgress}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShutdownProgressTests {

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier();

	private final ShutdownProgress progress = new ShutdownProgress(this.notifier, Duration.ofSeconds(10),
			Duration.ofSeconds(30), this.clock::get);

	@AfterEach
	void finish() {
		this.progress.finish();
	}

	@Test
	void nothingBeforeShutdownBegins() {
		this.progress.report();
		this.progress.drained();
		assertThat(this.notifier.calls()).isEmpty();
	}

	@Test
	void reportsDrainingThenClosing(CapturedOutput output) {
		this.progress.begin();
		advance(Duration.ofSeconds(2));
		this.progress.report();
		advance(Duration.ofSeconds(1));
		this.progress.drained();
		advance(Duration.ofSeconds(1));
		this.progress.report();
		assertThat(this.notifier.calls()).containsExactly("progress: Stopping: draining in-flight work (0 s) +10s",
				"progress: Stopping: draining in-flight work (2 s) +10s",
				"progress: Stopping: closing application context (3 s) +10s",
				"progress: Stopping: closing application context (4 s) +10s");
		assertThat(output).contains("Drained in-flight work in 3000 ms");
	}

	@Test
	void drainPastThePhaseTimeoutIsReported(CapturedOutput output) {
		this.progress.begin();
		advance(Duration.ofSeconds(30));
		this.progress.drained();
		assertThat(output)
			.contains("Draining did not finish within spring.lifecycle.timeout-per-shutdown-phase (30000 ms)");
	}

	@Test
	void extensionsStopAtTheBound(CapturedOutput output) {
		this.progress.begin();
		advance(Duration.ofSeconds(41));
		this.progress.report();
		this.progress.report();
		assertThat(this.notifier.calls()).containsExactly("progress: Stopping: draining in-flight work (0 s) +10s",
				"status: Stopping: draining in-flight work (41 s)");
		assertThat(output.getOut().split("no longer asking the service manager for more time", -1)).hasSize(2);
	}

	@Test
	void beginIsIdempotent() {
		this.progress.begin();
		this.progress.begin();
		assertThat(this.notifier.calls()).hasSize(1);
	}

	@Test
	void ticksEverySecondFromOneDaemonThreadUntilFinished() {
		ShutdownProgress realTime = new ShutdownProgress(this.notifier, Duration.ofSeconds(10), Duration.ofSeconds(30));
		realTime.begin();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.notifier.calls().size() >= 3);
		assertThat(threads()).isEqualTo(1);
		realTime.finish();
		await().atMost(Duration.ofSeconds(5)).until(() -> threads() == 0);
		int calls = this.notifier.calls().size();
		realTime.report();
		assertThat(this.notifier.calls()).hasSize(calls);
	}

	private void advance(Duration duration) {
		this.clock.addAndGet(duration.toNanos());
	}

	private static long threads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals(ShutdownProgress.THREAD_NAME) && thread.isDaemon())
			.count();
	}

}
