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

/**
 * Writes one event to the Windows Event Log ({@code ReportEventW}), as a seam.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface EventLogWriter {

	/** {@code EVENTLOG_ERROR_TYPE}. */
	int ERROR = 0x1;

	/** {@code EVENTLOG_WARNING_TYPE}. */
	int WARNING = 0x2;

	/** {@code EVENTLOG_INFORMATION_TYPE}. */
	int INFORMATION = 0x4;

	/**
	 * Write an event.
	 * @param type the event type ({@link #ERROR}, {@link #WARNING} or
	 * {@link #INFORMATION})
	 * @param eventId the event id
	 * @param message the message
	 * @return whether the event was written
	 */
	boolean write(int type, int eventId, String message);

}
