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

package io.github.servicestarter.logging;

/**
 * How log events reach the systemd journal when the application's output is a journal
 * stream ({@code service.logging.journal.mode}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum JournalLoggingMode {

	/**
	 * One native journal entry per event, with the whole stack trace and fields for the
	 * logger, thread, exception and MDC; prefixed console lines when the journal's socket
	 * cannot be used.
	 */
	NATIVE,

	/**
	 * Console lines with the sd-daemon priority prefix ({@code <3>} to {@code <7>}).
	 */
	PREFIX,

	/**
	 * The logging system's own console output, untouched.
	 */
	OFF

}
