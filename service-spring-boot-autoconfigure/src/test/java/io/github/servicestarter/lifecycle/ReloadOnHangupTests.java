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
import java.util.concurrent.atomic.AtomicInteger;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sends a real {@code SIGHUP} to the test JVM once the handler is installed.
 */
@EnabledOnOs(OS.LINUX)
@ExtendWith(OutputCaptureExtension.class)
class ReloadOnHangupTests {

	@Test
	void hangupReloadsWhileRunning(CapturedOutput output) throws Exception {
		AtomicInteger reloads = new AtomicInteger();
		RecordingServiceNotifier notifier = new RecordingServiceNotifier();
		try (StaticApplicationContext context = new StaticApplicationContext()) {
			context.addApplicationListener((ServiceReloadEvent event) -> reloads.incrementAndGet());
			context.refresh();
			ReloadOnHangup hangup = new ReloadOnHangup(new ServiceReloader(context, notifier), true);
			hangup.start();
			assertThat(output).as("the handler is installed before any signal is sent")
				.contains("SIGHUP reloads the application");
			hangupSelf();
			await().atMost(Duration.ofSeconds(10)).until(() -> reloads.get() == 1);
			hangup.stop();
			hangupSelf();
			// The handler says it saw the signal; only then is "no second reload" a fact.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> output.getOut().contains("SIGHUP ignored: the application is not running"));
			assertThat(reloads).hasValue(1);
		}
		assertThat(notifier.calls()).first().isEqualTo("reloading: Reloading (SIGHUP)");
	}

	@Test
	void notUnderSystemdNothingIsInstalledAndNothingReloads() {
		RecordingServiceNotifier notifier = new RecordingServiceNotifier();
		try (StaticApplicationContext context = new StaticApplicationContext()) {
			context.refresh();
			ReloadOnHangup hangup = new ReloadOnHangup(new ServiceReloader(context, notifier), false);
			hangup.start();
			assertThat(hangup.isRunning()).isTrue();
		}
		assertThat(notifier.calls()).isEmpty();
	}

	private static void hangupSelf() throws Exception {
		new ProcessBuilder("kill", "-HUP", Long.toString(ProcessHandle.current().pid())).start().waitFor();
	}

}
