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

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Graceful stop, start-up progress, start-up failure and reload of the sample app's fat
 * jar under a real systemd manager.
 */
class SystemdLifecycleIT {

	@RegisterExtension
	static final SystemdUserManager systemd = new SystemdUserManager();

	@Test
	void stopDrainsEveryAcceptedRequestPastTheStopTimeout() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("drain").directive("TimeoutStopSec=5"));
		systemd.start(sample);
		ExecutorService clients = Executors.newFixedThreadPool(40);
		try {
			List<Future<Integer>> responses = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				responses.add(clients.submit(() -> sample.get("/slow?ms=8000", Duration.ofSeconds(60))));
			}
			await("40 requests in flight").atMost(Duration.ofSeconds(30))
				.until(() -> sample.getBody("/slow/in-flight").contains("\"inFlight\":40"));
			long stopStarted = System.nanoTime();
			CompletableFuture<String> stop = CompletableFuture.supplyAsync(() -> systemctl("stop", sample.name()));
			await("stop to begin").atMost(Duration.ofSeconds(10))
				.until(() -> systemd.property(sample.name(), "ActiveState").equals("deactivating"));
			await("new connections refused while draining").atMost(Duration.ofSeconds(3))
				.untilAsserted(() -> assertThatExceptionOfType(ConnectException.class)
					.isThrownBy(() -> new Socket("127.0.0.1", sample.port()).close()));
			assertThat(stop.get(60, TimeUnit.SECONDS)).isEmpty();
			Duration stopTook = Duration.ofNanos(System.nanoTime() - stopStarted);
			for (Future<Integer> response : responses) {
				assertThat(response.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
			// The drain outlived TimeoutStopSec=5 and systemd did not kill the service
			// for it.
			assertThat(stopTook).isGreaterThan(Duration.ofSeconds(5));
			assertThat(systemd.show(sample.name(), "Result")).containsEntry("Result", "success");
			assertThat(sample.results()).containsExactly("success exited 143");
			assertThat(sample.log()).contains("Drained in-flight work in");
		}
		finally {
			clients.shutdownNow();
		}
	}

	@Test
	void hungDrainStillStopsAfterTheShutdownPhaseTimeout() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("hung-drain")
			.argument("--spring.lifecycle.timeout-per-shutdown-phase=3s")
			.directive("TimeoutStopSec=60"));
		systemd.start(sample);
		CompletableFuture.runAsync(() -> {
			try {
				sample.get("/slow?ms=600000", Duration.ofMinutes(15));
			}
			catch (IOException | InterruptedException ex) {
				// Cut off by the stop, as expected.
			}
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> sample.getBody("/slow/in-flight").contains("\"inFlight\":1"));
		long stopStarted = System.nanoTime();
		systemd.systemctlOrFail("stop", sample.name());
		Duration stopTook = Duration.ofNanos(System.nanoTime() - stopStarted);
		assertThat(stopTook).isLessThan(Duration.ofSeconds(30));
		assertThat(systemd.show(sample.name(), "Result")).containsEntry("Result", "success");
		assertThat(sample.log())
			.contains("Draining did not finish within spring.lifecycle.timeout-per-shutdown-phase (3000 ms)");
	}

	@Test
	void slowButProgressingStartOutlivesTheStartTimeout() throws Exception {
		SampleUnit sample = systemd
			.install(systemd.unit("slow-start").argument("--sample.startup-delay=10s").directive("TimeoutStartSec=5"));
		long startRequested = System.nanoTime();
		systemd.start(sample);
		assertThat(Duration.ofNanos(System.nanoTime() - startRequested)).isGreaterThan(Duration.ofSeconds(10));
		assertThat(sample.results()).isEmpty();
		assertThat(sample.get("/actuator/health")).isEqualTo(200);
	}

	@Test
	void startThatNeverFinishesIsEndedOnceOurBoundHasPassed() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("endless-start")
			.argument("--sample.startup-delay=1h")
			.argument("--service.startup.timeout=12s")
			.argument("--service.startup.progress-timeout=4s")
			.directive("TimeoutStartSec=5")
			// Spring closes a context only after its refresh: SIGTERM cannot end a
			// start-up in progress, so TimeoutStopSec decides how long systemd waits
			// before SIGKILL.
			.directive("TimeoutStopSec=10"));
		long startRequested = System.nanoTime();
		assertThat(systemd.systemctl("start", sample.name()).exitCode()).isNotZero();
		Duration took = Duration.ofNanos(System.nanoTime() - startRequested);
		// Progress kept it alive past TimeoutStartSec=5; our 12 s bound, plus one 4 s
		// extension and TimeoutStopSec=10, ended it.
		assertThat(took).isBetween(Duration.ofSeconds(12), Duration.ofSeconds(45));
		assertThat(sample.results()).containsExactly("timeout killed KILL");
		assertThat(systemd.show(sample.name(), "Result")).containsEntry("Result", "timeout");
		assertThat(sample.log()).contains("Start-up has taken longer than service.startup.timeout (12 s)");
	}

	@Test
	void invalidConfigurationFailsWithItsAnalysisAndIsRestarted() throws Exception {
		SampleUnit sample = systemd.install(systemd.unit("invalid")
			.argument("--service.startup.progress-timeout=0s")
			.directive("Restart=on-failure")
			.directive("RestartSec=2"));
		assertThat(systemd.systemctl("start", sample.name()).exitCode()).isNotZero();
		List<String> statusTexts = new ArrayList<>();
		systemd.awaitUnit(sample.name(), SystemdUserManager.START_TIMEOUT, (state) -> {
			statusTexts.add(state.get("StatusText"));
			return Integer.parseInt(state.get("NRestarts")) >= 1;
		}, "NRestarts", "StatusText");
		assertThat(statusTexts).anySatisfy((status) -> assertThat(status)
			.isEqualTo("Failed to start: Invalid setting service.startup.progress-timeout=0s: "
					+ "service.startup.progress-timeout must be a positive duration, such as 30s, but was PT0S"));
		assertThat(sample.results()).first().isEqualTo("exit-code exited 1");
		systemd.systemctlOrFail("stop", sample.name());
	}

	@Test
	void reloadRunsTheListenersAndReturnsWhenTheyFinished() throws Exception {
		// Before systemd 253 (Type=notify-reload), the reload command must outlive the
		// JVM's RELOADING=1; systemd then waits for READY=1 before the reload job ends.
		SampleUnit sample = systemd.install(systemd.unit("reload")
			.argument("--sample.reload-delay=3s")
			.directive("ExecReload=/bin/kill -HUP $MAINPID")
			.directive("ExecReload=/bin/sleep 1"));
		long pid = systemd.start(sample);
		List<String> states = new ArrayList<>();
		CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 40; i++) {
				states.add(property(sample.name(), "ActiveState"));
				sleep(Duration.ofMillis(100));
			}
		});
		long reloadRequested = System.nanoTime();
		systemd.systemctlOrFail("reload", sample.name());
		Duration reloadTook = Duration.ofNanos(System.nanoTime() - reloadRequested);
		assertThat(sample.log()).contains("Sample reload listener finished");
		assertThat(reloadTook).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
		watcher.get(30, TimeUnit.SECONDS);
		assertThat(states).contains("reloading");
		Map<String, String> after = systemd.show(sample.name(), "ActiveState", "MainPID", "StatusText");
		assertThat(after).containsEntry("ActiveState", "active").containsEntry("MainPID", Long.toString(pid));
		assertThat(after.get("StatusText")).matches("Reloaded in \\d+ ms");
	}

	private static String systemctl(String... arguments) {
		try {
			return systemd.systemctlOrFail(arguments);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String property(String unit, String property) {
		try {
			return systemd.property(unit, property);
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
