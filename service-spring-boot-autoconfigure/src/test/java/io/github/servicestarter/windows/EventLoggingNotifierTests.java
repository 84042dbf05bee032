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

package io.github.servicestarter.windows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventLoggingNotifier}.
 */
@ExtendWith(OutputCaptureExtension.class)
class EventLoggingNotifierTests {

	private final RecordingServiceNotifier scm = new RecordingServiceNotifier(Duration.ofSeconds(10));

	private final List<String> events = new ArrayList<>();

	private final EventLoggingNotifier notifier = new EventLoggingNotifier(this.scm, (type, id, message) -> {
		this.events.add(type + "/" + id + ": " + message);
		return true;
	});

	@Test
	void lifecycleGoesToTheManagerAndToTheEventLog() {
		this.notifier.progress("Starting", Duration.ofSeconds(30));
		this.notifier.ready("Started in 3.1 s");
		this.notifier.status("Running");
		this.notifier.stopping("Stopping");
		this.notifier.stopped();
		assertThat(this.scm.calls()).containsExactly("progress: Starting +30s", "ready: Started in 3.1 s",
				"status: Running", "stopping: Stopping", "stopped");
		assertThat(this.events).containsExactly("4/1000: Started in 3.1 s", "4/1001: Stopping", "4/1002: Stopped");
		assertThat(this.notifier.watchdogTimeout()).hasValue(Duration.ofSeconds(10));
	}

	@Test
	void aReadyAfterAReloadOrAPauseIsWrittenAsWhatItEndsNotAsAStart() {
		this.notifier.ready("Started in 3.1 s");
		this.notifier.reloading("Reloading (PARAMCHANGE)");
		this.notifier.ready("Reloaded in 12 ms");
		this.notifier.reloading("Reloading (PARAMCHANGE)");
		this.notifier.reloadFailed("Reload failed: certificate unreadable");
		this.notifier.paused("Paused in 40 ms (PAUSE)");
		this.notifier.ready("Continued in 30 ms (CONTINUE)");
		this.notifier.ready("Pause failed: listener container stuck");
		assertThat(this.events).containsExactly("4/1000: Started in 3.1 s", "4/1005: Reloaded in 12 ms",
				"2/1102: Reload failed: certificate unreadable", "4/1003: Paused in 40 ms (PAUSE)",
				"4/1004: Continued in 30 ms (CONTINUE)");
		assertThat(this.scm.calls()).contains("reload failed: Reload failed: certificate unreadable",
				"paused: Paused in 40 ms (PAUSE)", "ready: Pause failed: listener container stuck");
	}

	@Test
	void howThePreviousRunEndedIsAWarningForACrashAndInformationForACleanStop() {
		this.notifier.previousRunEnded("crash: the run of pid 4 started at 2026-12-06T08:00:00Z ended without a clean "
				+ "stop: out-of-memory, left java_pid4.hprof in the dumps directory", true);
		this.notifier.previousRunEnded("clean stop at 2026-12-06T09:00:00Z (stop requested)", false);
		assertThat(this.events).containsExactly(
				"2/1103: Starting. How the previous run ended: crash: the run of pid 4 started at 2026-12-06T08:00:00Z "
						+ "ended without a clean stop: out-of-memory, left java_pid4.hprof in the dumps directory",
				"4/1006: Starting. How the previous run ended: clean stop at 2026-12-06T09:00:00Z (stop requested)");
	}

	@Test
	void theStoppedEventIsWrittenBeforeStoppedIsReported() {
		List<String> order = new ArrayList<>();
		ServiceNotifier scm = new ServiceNotifier() {

			@Override
			public void stopped() {
				order.add("SERVICE_STOPPED");
			}

		};
		new EventLoggingNotifier(scm, (type, id, message) -> order.add("event " + id)).stopped();
		assertThat(order).containsExactly("event 1002", "SERVICE_STOPPED");
	}

	@Test
	void aTextLongerThanAnEventTakesIsCutWithANoteAndNeverSplitsAPair() {
		// What Wine cannot show: it takes longer strings. Microsoft (ReportEventW): "Each
		// string is limited to 31,839 characters".
		String analysis = "Failed to start: " + "ü%$\\\n".repeat(20_000);
		this.notifier.failed(analysis, 1);
		String written = this.events.get(0).substring("1/1100: ".length());
		assertThat(written).hasSize(EventLoggingNotifier.MAX_MESSAGE_LENGTH)
			.startsWith("Failed to start: ü%$")
			.endsWith("(cut to fit the event log; the application log has all of it)");
		assertThat(this.scm.calls()).singleElement().asString().hasSizeGreaterThan(100_000);
		String pairs = "x" + "\uD83D\uDE00".repeat(20_000);
		String cut = EventLoggingNotifier.bounded(pairs);
		assertThat(cut).hasSizeLessThanOrEqualTo(EventLoggingNotifier.MAX_MESSAGE_LENGTH);
		String kept = cut.substring(0, cut.indexOf(" [...]"));
		assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).as("a pair left whole").isFalse();
		assertThat(EventLoggingNotifier.bounded("short")).isEqualTo("short");
	}

	@Test
	void aFailedWriteIsAWarningOnce(CapturedOutput output) {
		EventLoggingNotifier refusing = new EventLoggingNotifier(this.scm, (type, id, message) -> false);
		refusing.ready("Started");
		refusing.stopping("Stopping");
		assertThat(output).containsOnlyOnce("was not written to the Windows event log (said once");
	}

	@Test
	void failuresAreErrors() {
		this.notifier.failed("Failed to start: port in use", 98);
		this.notifier.uncaughtException("Uncaught exception in thread 'worker'");
		assertThat(this.events).containsExactly("1/1100: Failed to start: port in use",
				"1/1101: Uncaught exception in thread 'worker'");
		assertThat(this.scm.calls()).containsExactly("failed: Failed to start: port in use (errno 98)");
	}

	@Test
	void anEventLogThatFailsNeverBreaksTheService() {
		EventLoggingNotifier failing = new EventLoggingNotifier(this.scm, (type, id, message) -> {
			throw new IllegalStateException("no event log");
		});
		failing.ready("Started");
		assertThat(this.scm.calls()).containsExactly("ready: Started");
	}

}
