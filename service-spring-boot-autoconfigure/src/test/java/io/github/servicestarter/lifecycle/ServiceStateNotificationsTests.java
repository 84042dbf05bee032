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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import io.github.servicestarter.watchdog.WatchdogGate;
import io.github.servicestarter.watchdog.WatchdogPinger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextPausedEvent;
import org.springframework.context.event.ContextRestartedEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ServiceStateNotifications}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceStateNotificationsTests {

	private final GenericApplicationContext context = new GenericApplicationContext();

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier(Duration.ofHours(1));

	private final StartupProgress progress = new StartupProgress(this.notifier, Duration.ofSeconds(30),
			Duration.ofMinutes(5));

	private final WatchdogPinger watchdog = new WatchdogPinger(this.notifier, WatchdogGate.ALWAYS);

	private final ShutdownProgress shutdown = new ShutdownProgress(this.notifier, Duration.ofSeconds(10),
			Duration.ofSeconds(30));

	private final AtomicReference<String> health = new AtomicReference<>("UP");

	private final HealthMonitor healthMonitor = new HealthMonitor(this.health::get, Duration.ofSeconds(10));

	private final ServiceStateNotifications notifications = new ServiceStateNotifications(this.context, this.notifier,
			this.progress, this.watchdog, this.healthMonitor, this.shutdown);

	@BeforeEach
	void healthHasAnswered() {
		this.healthMonitor.check();
	}

	@AfterEach
	void stopThreads() {
		this.watchdog.stop();
		this.healthMonitor.stop();
		this.shutdown.finish();
	}

	@Test
	void readyOnceWhenAcceptingTrafficWithStartupTimeAndHealth() {
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(this.notifier.calls()).first().asString().matches("ready: Started in \\d+\\.\\d s, health UP");
		this.progress.phase("late");
		this.watchdog.stop();
		assertThat(this.notifier.calls()).noneMatch((call) -> call.startsWith("progress"));
	}

	@Test
	@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void readyNeverWaitsForAHealthCheckAndHealthJoinsTheStatusWhenItAnswers() throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		HealthMonitor slowHealth = new HealthMonitor(() -> {
			awaitQuietly(answer);
			return "UP";
		}, Duration.ofSeconds(10));
		ServiceStateNotifications notifications = new ServiceStateNotifications(this.context, this.notifier,
				this.progress, null, slowHealth, this.shutdown);
		try {
			notifications.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
			assertThat(this.notifier.calls()).singleElement().asString().matches("ready: Started in \\d+\\.\\d s");
			answer.countDown();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(this.notifier.calls()).last()
					.asString()
					.matches("status: Started in \\d+\\.\\d s, health UP"));
		}
		finally {
			answer.countDown();
			slowHealth.stop();
		}
	}

	@Test
	void healthChangesUpdateTheStatusLine() {
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		this.health.set("DOWN");
		this.healthMonitor.check();
		assertThat(this.notifier.calls()).last().asString().matches("status: Started in \\d+\\.\\d s, health DOWN");
	}

	@Test
	void readinessChangesAfterReadyUpdateTheStatus() {
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		publish(ReadinessState.REFUSING_TRAFFIC);
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		this.watchdog.stop();
		assertThat(this.notifier.calls()).filteredOn((call) -> call.startsWith("status"))
			.containsExactly("status: Refusing traffic, health UP", "status: Accepting traffic, health UP");
	}

	@Test
	void livenessBrokenIsShownInTheStatus() {
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		publish(LivenessState.BROKEN);
		this.watchdog.stop();
		assertThat(this.notifier.calls()).contains("status: Liveness BROKEN, health UP");
	}

	@Test
	void stoppingOnceWhenOurContextClosesThenShutdownProgress() {
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		this.notifications.onApplicationEvent(new ContextClosedEvent(this.context));
		this.notifications.onApplicationEvent(new ContextClosedEvent(this.context));
		publish(ReadinessState.REFUSING_TRAFFIC);
		assertThat(this.notifier.calls()).filteredOn((call) -> !call.equals("watchdog")).satisfies((calls) -> {
			assertThat(calls.get(0)).startsWith("ready: ");
			assertThat(calls.get(1)).isEqualTo("stopping: Stopping");
			assertThat(calls.get(2)).startsWith("progress: Stopping: draining in-flight work");
		});
		assertThat(this.notifier.calls()).filteredOn((call) -> call.startsWith("stopping")).hasSize(1);
	}

	@Test
	void withoutAServiceManagerNothingClaimsToHaveToldIt(CapturedOutput output) {
		ServiceStateNotifications console = unmanaged(this.shutdown);
		console.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		console.onApplicationEvent(new ContextClosedEvent(this.context));
		assertThat(output).doesNotContain("told the service manager").doesNotContain("Told the service manager");
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(output).contains("Told the service manager the application is ready");
	}

	@Test
	void withoutAServiceManagerNoThreadStartsForHealthOrProgress() {
		ShutdownProgress shutdown = new ShutdownProgress(ServiceNotifier.NONE, Duration.ofSeconds(10),
				Duration.ofSeconds(30));
		ServiceStateNotifications console = unmanaged(shutdown);
		console.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.healthMonitor.isRunning()).isFalse();
		console.onApplicationEvent(new ContextClosedEvent(this.context));
		assertThat(shutdown.isRunning()).isFalse();
		assertThat(console.state()).isEqualTo(ServiceState.STOPPING);
	}

	/**
	 * What the auto-configuration builds without a manager: the notifier tells nobody.
	 */
	private ServiceStateNotifications unmanaged(ShutdownProgress shutdown) {
		return new ServiceStateNotifications(this.context, ServiceNotifier.NONE, StartupProgress.unreported(),
				new WatchdogPinger(ServiceNotifier.NONE, WatchdogGate.ALWAYS), this.healthMonitor, shutdown);
	}

	@Test
	void aPausedContextIsPausedUntilItRestartsAndAnotherContextsPauseIsIgnored() {
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		this.notifications.onApplicationEvent(new ContextPausedEvent(new GenericApplicationContext()));
		assertThat(this.notifications.state()).isEqualTo(ServiceState.RUNNING);
		this.notifications.onApplicationEvent(new ContextPausedEvent(this.context));
		assertThat(this.notifications.state()).isEqualTo(ServiceState.PAUSED);
		this.health.set("DOWN");
		this.healthMonitor.check();
		assertThat(this.notifier.calls()).last().isEqualTo("status: Paused, health DOWN");
		this.notifications.onApplicationEvent(new ContextRestartedEvent(this.context));
		assertThat(this.notifications.state()).isEqualTo(ServiceState.RUNNING);
		this.notifications.onApplicationEvent(new ContextPausedEvent(this.context));
		this.notifications.onApplicationEvent(new ContextClosedEvent(this.context));
		assertThat(this.notifications.state()).isEqualTo(ServiceState.STOPPING);
	}

	@Test
	void closingAnotherContextIsIgnored() {
		this.notifications.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));
		assertThat(this.notifier.calls()).isEmpty();
	}

	@Test
	void stopDuringStartupStillSaysStopping() {
		this.notifications.onApplicationEvent(new ContextClosedEvent(this.context));
		publish(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(this.notifier.calls()).startsWith("stopping: Stopping")
			.noneMatch((call) -> call.startsWith("ready"));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void publish(AvailabilityState state) {
		this.notifications.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
	}

}
