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

package io.github.servicestarter.watchdog;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import io.github.servicestarter.watchdog.WatchdogGate.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link WatchdogPinger}.
 */
@ExtendWith(OutputCaptureExtension.class)
class WatchdogPingerTests {

	@Test
	void withoutManagerWatchdogNothingStarts() {
		WatchdogPinger pinger = new WatchdogPinger(new RecordingServiceNotifier(), WatchdogGate.ALWAYS);
		assertThat(pinger.start()).isEmpty();
		assertThat(watchdogThreads()).isEmpty();
	}

	@Test
	void pingsAtHalfTheTimeoutFromOneDaemonThread() {
		RecordingServiceNotifier notifier = new RecordingServiceNotifier(Duration.ofMillis(100));
		WatchdogPinger pinger = new WatchdogPinger(notifier, WatchdogGate.ALWAYS);
		try {
			assertThat(pinger.start()).hasValue(Duration.ofMillis(50));
			await().atMost(Duration.ofSeconds(5)).until(() -> pinger.pings() >= 3);
			assertThat(watchdogThreads()).singleElement().satisfies((thread) -> assertThat(thread.isDaemon()).isTrue());
			assertThat(pinger.lastPing()).isPresent();
		}
		finally {
			pinger.stop();
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> watchdogThreads().isEmpty());
	}

	@Test
	void intervalStaysBetweenTenMillisecondsAndADay(CapturedOutput output) {
		assertThat(WatchdogPinger.interval(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(15));
		assertThat(WatchdogPinger.interval(Duration.ofNanos(1000))).isEqualTo(Duration.ofMillis(10));
		assertThat(output).contains("pinging every 10 ms instead");
		assertThat(WatchdogPinger.interval(Duration.ofDays(365 * 1000))).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void aTimeoutOfCenturiesStartsPinging() {
		RecordingServiceNotifier notifier = new RecordingServiceNotifier(Duration.ofDays(365 * 1000));
		WatchdogPinger pinger = new WatchdogPinger(notifier, WatchdogGate.ALWAYS);
		try {
			assertThat(pinger.start()).contains(Duration.ofDays(1));
		}
		finally {
			pinger.stop();
		}
	}

	@Test
	void withheldPingsAreLoggedOncePerEpisode(CapturedOutput output) {
		RecordingServiceNotifier notifier = new RecordingServiceNotifier();
		WatchdogPinger pinger = new WatchdogPinger(notifier,
				gate(Verdict.skip("liveness state is BROKEN"), Verdict.skip("liveness state is BROKEN"), Verdict.PING));
		pinger.tick();
		pinger.tick();
		pinger.tick();
		assertThat(notifier.calls()).containsExactly("watchdog");
		assertThat(output.getOut().split("Watchdog pings withheld: liveness state is BROKEN", -1)).hasSize(2);
		assertThat(output).contains("Watchdog pings resumed");
	}

	@Test
	void triggerIsSentOnce() {
		RecordingServiceNotifier notifier = new RecordingServiceNotifier();
		WatchdogPinger pinger = new WatchdogPinger(notifier,
				gate(Verdict.trigger("broken"), Verdict.trigger("broken")));
		pinger.tick();
		pinger.tick();
		assertThat(notifier.calls()).containsExactly("watchdog-trigger");
		assertThat(pinger.pings()).isZero();
	}

	@Test
	void failingGateDoesNotStopPings(CapturedOutput output) {
		RecordingServiceNotifier notifier = new RecordingServiceNotifier();
		WatchdogPinger pinger = new WatchdogPinger(notifier, () -> {
			throw new IllegalStateException("boom");
		});
		pinger.tick();
		assertThat(notifier.calls()).containsExactly("watchdog");
		assertThat(output).contains("Watchdog gate failed");
	}

	private static WatchdogGate gate(Verdict... verdicts) {
		Deque<Verdict> remaining = new ArrayDeque<>(List.of(verdicts));
		return remaining::removeFirst;
	}

	private static List<Thread> watchdogThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals(WatchdogPinger.THREAD_NAME))
			.toList();
	}

}
