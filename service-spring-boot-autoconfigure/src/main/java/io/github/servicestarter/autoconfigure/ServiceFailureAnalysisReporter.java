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
import java.util.regex.Pattern;

import io.github.servicestarter.manager.ServiceNotifier;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.core.NestedExceptionUtils;

/**
 * Sends the failure analysis of a failed start-up to the service manager, so the reason
 * appears where operators look ({@code systemctl status}: the status line and
 * {@code ERRNO=} where one applies), not only in the application log. Registered in
 * {@code spring.factories}; Spring Boot calls it after the application failed and the
 * context, if any, is gone, which is why the notifier is handed over statically by
 * {@link ServiceManagerApplicationListener}.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceFailureAnalysisReporter implements FailureAnalysisReporter {

	private static final int EADDRINUSE = 98;

	private static final int EADDRNOTAVAIL = 99;

	private static final int EACCES = 13;

	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

	private static final int MAX_STATUS = 300;

	private static volatile ServiceNotifier notifier = ServiceNotifier.NONE;

	static void connect(ServiceNotifier serviceNotifier) {
		notifier = serviceNotifier;
	}

	/**
	 * Forget the notifier of an application run that has ended, unless another run has
	 * connected its own since.
	 * @param serviceNotifier the notifier of the run that ended
	 */
	static synchronized void disconnect(ServiceNotifier serviceNotifier) {
		if (notifier == serviceNotifier) {
			notifier = ServiceNotifier.NONE;
		}
	}

	@Override
	public void report(FailureAnalysis analysis) {
		ServiceNotifier failedRun = notifier;
		// One failure ends the run: nothing is left for the next one to report to.
		disconnect(failedRun);
		failedRun.failed(status(analysis.getDescription()), errno(analysis.getCause()));
	}

	/**
	 * Report a failure that no analyzer explained.
	 * @param serviceNotifier the notifier
	 * @param failure the failure
	 */
	static void reportUnanalyzed(ServiceNotifier serviceNotifier, Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		String description = describe(failure);
		if (root != failure) {
			description += "; caused by " + describe(root);
		}
		serviceNotifier.failed(status(description), errno(failure));
	}

	private static String describe(Throwable failure) {
		return failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}

	/**
	 * The status line of a failure, which every local user reads
	 * ({@code systemctl status}, the Windows Application log): the first paragraph of the
	 * description, without the values a description can quote (Spring Boot's bind
	 * analysis shows {@code Value: "..."}, a number parse
	 * {@code For input string: "..."}). The whole description stays in the application's
	 * log.
	 */
	static String status(String description) {
		String summary = description.strip().split("\\R\\s*\\R", 2)[0];
		int value = summary.indexOf("Value:");
		if (value >= 0) {
			summary = summary.substring(0, value);
		}
		summary = QUOTED.matcher(summary).replaceAll("\"…\"").strip().replaceAll("\\s+", " ");
		return "Failed to start: "
				+ ((summary.length() > MAX_STATUS) ? summary.substring(0, MAX_STATUS - 1) + "…" : summary);
	}

	/**
	 * The JDK keeps only the C library's message of a failed bind: map the messages of
	 * the errors bind(2) reports for a server socket back to their numbers.
	 */
	private static int bindErrno(@Nullable String message) {
		String text = (message != null) ? message : "";
		if (text.contains("Address already in use")) {
			return EADDRINUSE;
		}
		if (text.contains("Permission denied")) {
			return EACCES;
		}
		if (text.contains("Cannot assign requested address")) {
			return EADDRNOTAVAIL;
		}
		return 0;
	}

	static int errno(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof BindException) {
				return bindErrno(cause.getMessage());
			}
			if (cause instanceof AccessDeniedException) {
				return EACCES;
			}
		}
		return 0;
	}

}
