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

package io.github.servicestarter.autoconfigure;

import java.net.BindException;
import java.nio.file.AccessDeniedException;

import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceFailureAnalysisReporter}.
 */
class ServiceFailureAnalysisReporterTests {

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier();

	@AfterEach
	void disconnect() {
		ServiceFailureAnalysisReporter.connect(ServiceNotifier.NONE);
	}

	@Test
	void analysisDescriptionBecomesOneStatusLine() {
		ServiceFailureAnalysisReporter.connect(this.notifier);
		new ServiceFailureAnalysisReporter()
			.report(new FailureAnalysis("Web server failed to start.\n  Port 8080 was already in use.", "Free the port",
					new IllegalStateException("wrapped", new BindException("Address already in use"))));
		assertThat(this.notifier.calls()).containsExactly(
				"failed: Failed to start: Web server failed to start. Port 8080 was already in use. (errno 98)");
	}

	@Test
	void statusLineLeavesOutTheValuesADescriptionQuotes() {
		// The shape of Spring Boot's bind failure analysis: everyone can read the status
		// line.
		ServiceFailureAnalysisReporter.connect(this.notifier);
		new ServiceFailureAnalysisReporter().report(new FailureAnalysis("""
				Failed to bind properties under 'app.pin' to int:

				    Property: app.pin
				    Value: "hunter2"
				    Origin: System Environment Property "APP_PIN"
				    Reason: failed to convert java.lang.String to int""", "Update app.pin",
				new IllegalStateException()));
		ServiceFailureAnalysisReporter.reportUnanalyzed(this.notifier,
				new IllegalStateException("bad pin", new NumberFormatException("For input string: \"hunter2\"")));
		assertThat(this.notifier.calls()).containsExactly(
				"failed: Failed to start: Failed to bind properties under 'app.pin' to int: (errno 0)",
				"failed: Failed to start: IllegalStateException: bad pin; caused by NumberFormatException: "
						+ "For input string: \"…\" (errno 0)");
		assertThat(ServiceFailureAnalysisReporter.status("x".repeat(10_000))).hasSize(317).endsWith("x…");
	}

	@Test
	void aReportEndsTheRunSoTheNextFailureIsNotToldToIt() {
		ServiceFailureAnalysisReporter.connect(this.notifier);
		new ServiceFailureAnalysisReporter().report(new FailureAnalysis("first", "none", new IllegalStateException()));
		new ServiceFailureAnalysisReporter().report(new FailureAnalysis("second", "none", new IllegalStateException()));
		assertThat(this.notifier.calls()).containsExactly("failed: Failed to start: first (errno 0)");
	}

	@Test
	void disconnectingAnEndedRunLeavesANewerRunConnected() {
		RecordingServiceNotifier newer = new RecordingServiceNotifier();
		ServiceFailureAnalysisReporter.connect(newer);
		ServiceFailureAnalysisReporter.disconnect(this.notifier);
		new ServiceFailureAnalysisReporter().report(new FailureAnalysis("newer", "none", new IllegalStateException()));
		assertThat(newer.calls()).containsExactly("failed: Failed to start: newer (errno 0)");
	}

	@Test
	void unanalyzedFailureNamesItselfAndItsRootCause() {
		ServiceFailureAnalysisReporter.reportUnanalyzed(this.notifier, new IllegalStateException("outer",
				new RuntimeException("middle", new IllegalArgumentException("inner reason"))));
		ServiceFailureAnalysisReporter.reportUnanalyzed(this.notifier, new IllegalStateException("alone"));
		assertThat(this.notifier.calls()).containsExactly(
				"failed: Failed to start: IllegalStateException: outer; caused by IllegalArgumentException: inner reason (errno 0)",
				"failed: Failed to start: IllegalStateException: alone (errno 0)");
	}

	@Test
	void errnoForKnownCauses() {
		assertThat(ServiceFailureAnalysisReporter.errno(new RuntimeException(new AccessDeniedException("/x"))))
			.isEqualTo(13);
		assertThat(ServiceFailureAnalysisReporter.errno(new RuntimeException("other"))).isZero();
		assertThat(ServiceFailureAnalysisReporter
			.errno(new IllegalStateException(new BindException("Address already in use")))).isEqualTo(98);
		assertThat(ServiceFailureAnalysisReporter.errno(new BindException("Permission denied"))).as("a port below 1024")
			.isEqualTo(13);
		assertThat(ServiceFailureAnalysisReporter.errno(new BindException("Cannot assign requested address")))
			.as("an address the host does not have")
			.isEqualTo(99);
	}

}
