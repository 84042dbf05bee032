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

package io.github.servicestarter.manager;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DaemonScheduler}: the same start and stop rules for every thread it
 * owns.
 */
class DaemonSchedulerTests {

	private static final String NAME = "service-scheduler-test";

	@Test
	void noThreadUntilATaskIsScheduled() {
		DaemonScheduler scheduler = new DaemonScheduler(NAME);
		assertThat(scheduler.isRunning()).isFalse();
		assertThat(threadAlive()).isFalse();
	}

	@Test
	void aTaskRunsOnANamedDaemonThreadWhichStopEndsAndALaterTaskStartsAnew() throws Exception {
		DaemonScheduler scheduler = new DaemonScheduler(NAME);
		Thread first = runOn(scheduler);
		assertThat(first.getName()).isEqualTo(NAME);
		assertThat(first.isDaemon()).isTrue();
		assertThat(scheduler.isRunning()).isTrue();
		scheduler.stop();
		assertThat(scheduler.isRunning()).isFalse();
		first.join(Duration.ofSeconds(10).toMillis());
		assertThat(first.isAlive()).as("ended by stop").isFalse();
		Thread second = runOn(scheduler);
		assertThat(second).isNotSameAs(first);
		assertThat(second.getName()).isEqualTo(NAME);
		scheduler.stop();
	}

	@Test
	void aPeriodicTaskRunsUntilStopped() {
		DaemonScheduler scheduler = new DaemonScheduler(NAME);
		int[] runs = new int[1];
		scheduler.atFixedRate(() -> runs[0]++, Duration.ZERO, Duration.ofMillis(10));
		await().atMost(Duration.ofSeconds(10)).until(() -> runs[0] >= 3);
		scheduler.stop();
		await().atMost(Duration.ofSeconds(10)).until(() -> !threadAlive());
	}

	private static Thread runOn(DaemonScheduler scheduler) throws Exception {
		CompletableFuture<Thread> ran = new CompletableFuture<>();
		scheduler.execute(() -> ran.complete(Thread.currentThread()));
		return ran.get(10, TimeUnit.SECONDS);
	}

	private static boolean threadAlive() {
		return Thread.getAllStackTraces().keySet().stream().anyMatch((thread) -> thread.getName().equals(NAME));
	}

}
