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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.PressureTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link MemoryPressureMonitor}.
 */
@ExtendWith(OutputCaptureExtension.class)
class MemoryPressureMonitorTests {

	private static final MemoryPressureWatch WATCH = new MemoryPressureWatch(
			Path.of("/sys/fs/cgroup/system.slice/app.service/memory.pressure"),
			"some 200000 2000000".getBytes(StandardCharsets.US_ASCII));

	private final List<MemoryPressureEvent> events = new CopyOnWriteArrayList<>();

	private final FakeTrigger trigger = new FakeTrigger();

	private MemoryPressureMonitor monitor;

	@AfterEach
	void stop() {
		if (this.monitor != null) {
			this.monitor.stop();
		}
	}

	@Test
	void stopsAfterTheWebServerStoppedAccepting() {
		// Joining the watch thread takes up to its poll's timeout; a server still
		// accepting then answers requests that socket activation keeps for the next
		// process.
		MemoryPressureMonitor monitor = new MemoryPressureMonitor(WATCH, (watch) -> this.trigger, this::publish);
		assertThat(monitor.getPhase()).isLessThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE)
			.isLessThan(StopPhases.DRAINED);
	}

	@Test
	void eachCrossingIsAnEventACountAndTheFirstALogLine(CapturedOutput output) {
		this.monitor = new MemoryPressureMonitor(WATCH, (watch) -> this.trigger, this::publish);
		this.monitor.start();
		assertThat(output).contains("Watching memory pressure: " + WATCH);
		this.trigger.results.add(true);
		this.trigger.results.add(false);
		this.trigger.results.add(true);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.events.size() == 2);
		assertThat(this.events).extracting(MemoryPressureEvent::getCount).containsExactly(1L, 2L);
		assertThat(this.monitor.events()).isEqualTo(2);
		assertThat(output).containsOnlyOnce("Memory pressure: the service stalled on memory");
	}

	@Test
	void stopEndsTheThreadAndRemovesTheTrigger() {
		this.monitor = new MemoryPressureMonitor(WATCH, (watch) -> this.trigger, this::publish);
		this.monitor.start();
		assertThat(this.monitor.isRunning()).isTrue();
		this.monitor.stop();
		assertThat(this.monitor.isRunning()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.trigger.closed);
		assertThat(threadNamed("service-memory-pressure")).isFalse();
	}

	@Test
	void withoutAWatchNoThreadIsStarted() {
		this.monitor = new MemoryPressureMonitor(null, (watch) -> {
			throw new AssertionError("no trigger without a watch");
		}, this::publish);
		this.monitor.start();
		assertThat(this.monitor.isRunning()).isFalse();
		assertThat(this.monitor.watching()).isFalse();
		assertThat(threadNamed("service-memory-pressure")).isFalse();
	}

	@Test
	void aTriggerTheKernelRefusesIsReportedAndNothingRuns(CapturedOutput output) {
		this.monitor = new MemoryPressureMonitor(WATCH, (watch) -> {
			throw new IOException("refused the trigger: [22] Invalid argument");
		}, this::publish);
		this.monitor.start();
		assertThat(this.monitor.isRunning()).isFalse();
		assertThat(output).contains("Cannot watch the memory pressure systemd asked for, " + WATCH
				+ ": refused the trigger: [22] Invalid argument");
	}

	@Test
	void aTriggerThatFailsLaterEndsTheWatch(CapturedOutput output) {
		this.trigger.failure = new IOException("the pressure file is gone (its cgroup was removed)");
		this.monitor = new MemoryPressureMonitor(WATCH, (watch) -> this.trigger, this::publish);
		this.monitor.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.monitor.isRunning());
		assertThat(output).contains("Memory pressure is watched no more: the pressure file is gone");
		assertThat(this.trigger.closed).isTrue();
	}

	private void publish(Object event) {
		this.events.add((MemoryPressureEvent) event);
	}

	private static boolean threadNamed(String name) {
		return Thread.getAllStackTraces().keySet().stream().anyMatch((thread) -> thread.getName().equals(name));
	}

	private static final class FakeTrigger implements PressureTrigger {

		private final BlockingQueue<Boolean> results = new LinkedBlockingQueue<>();

		private volatile IOException failure;

		private volatile boolean closed;

		@Override
		public boolean await(Duration timeout) throws IOException {
			if (this.failure != null) {
				throw this.failure;
			}
			try {
				Boolean result = this.results.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
				return result != null && result;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
