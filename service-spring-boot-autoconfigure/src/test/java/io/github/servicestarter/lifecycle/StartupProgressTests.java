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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link StartupProgress}.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupProgressTests {

	private final AtomicLong clock = new AtomicLong(1_000_000_000L);

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier();

	private final StartupProgress progress = new StartupProgress(this.notifier, Duration.ofSeconds(30),
			Duration.ofSeconds(60), this.clock::get);

	@Test
	void everyPhaseExtends() {
		this.progress.phase("environment prepared");
		this.progress.phase("refreshing application context");
		assertThat(this.notifier.calls()).containsExactly("progress: Starting: environment prepared +30s",
				"progress: Starting: refreshing application context +30s");
	}

	@Test
	void beanTicksAreAtMostOneASecond() {
		this.progress.phase("refreshing application context");
		this.progress.beanInitialized();
		advance(Duration.ofMillis(999));
		this.progress.beanInitialized();
		advance(Duration.ofMillis(1));
		this.progress.beanInitialized();
		this.progress.beanInitialized();
		assertThat(this.notifier.calls()).containsExactly("progress: Starting: refreshing application context +30s",
				"progress: Starting: 3 beans initialized +30s");
	}

	@Test
	void nothingIsReportedAfterFinish() {
		this.progress.finish();
		advance(Duration.ofSeconds(2));
		this.progress.beanInitialized();
		this.progress.phase("late");
		assertThat(this.notifier.calls()).isEmpty();
	}

	@Test
	void extensionsStopPastTheLimit() {
		advance(Duration.ofSeconds(61));
		this.progress.phase("still refreshing");
		advance(Duration.ofSeconds(2));
		this.progress.beanInitialized();
		this.progress.phase("even later");
		assertThat(this.notifier.calls())
			.containsExactly("status: Starting: still refreshing (start-up timeout exceeded)");
	}

	@Test
	void runnersAreReportedEverySecondUntilFinished() {
		this.progress.runnersStarted();
		try {
			advance(Duration.ofSeconds(3));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.notifier.calls()
					.contains("progress: Starting: running application runners (3 s) +30s"));
		}
		finally {
			this.progress.finish();
		}
		assertThat(this.notifier.calls()).first().isEqualTo("progress: Starting: running application runners +30s");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Thread.getAllStackTraces()
				.keySet()
				.stream()
				.noneMatch((thread) -> thread.getName().equals(StartupProgress.THREAD_NAME)));
	}

	@Test
	void unreportedProgressSaysNothingAndStartsNoThread(CapturedOutput output) {
		StartupProgress unreported = StartupProgress.unreported();
		unreported.phase("refreshing application context");
		unreported.beanInitialized();
		unreported.runnersStarted();
		assertThat(unreported.isRunning()).isFalse();
		assertThat(output).doesNotContain("service.startup.timeout");
	}

	private void advance(Duration duration) {
		this.clock.addAndGet(duration.toNanos());
	}

}
