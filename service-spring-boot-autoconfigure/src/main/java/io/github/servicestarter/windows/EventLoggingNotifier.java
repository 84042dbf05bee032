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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.servicestarter.manager.ServiceNotifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ServiceNotifier} that also writes the service's lifecycle to the Windows Event
 * Log under the service's own event source, where Windows operators look:
 *
 * <table>
 * <caption>Events</caption>
 * <tr>
 * <th>id</th>
 * <th>type</th>
 * <th>when</th>
 * </tr>
 * <tr>
 * <td>1000</td>
 * <td>information</td>
 * <td>started (ready)</td>
 * </tr>
 * <tr>
 * <td>1001</td>
 * <td>information</td>
 * <td>stopping</td>
 * </tr>
 * <tr>
 * <td>1002</td>
 * <td>information</td>
 * <td>stopped</td>
 * </tr>
 * <tr>
 * <td>1003</td>
 * <td>information</td>
 * <td>paused</td>
 * </tr>
 * <tr>
 * <td>1004</td>
 * <td>information</td>
 * <td>continued (running again after a pause)</td>
 * </tr>
 * <tr>
 * <td>1005</td>
 * <td>information</td>
 * <td>reloaded (PARAMCHANGE)</td>
 * </tr>
 * <tr>
 * <td>1006</td>
 * <td>information</td>
 * <td>starting; the previous run ended with a clean stop</td>
 * </tr>
 * <tr>
 * <td>1100</td>
 * <td>error</td>
 * <td>start-up failed, with the failure analysis</td>
 * </tr>
 * <tr>
 * <td>1101</td>
 * <td>error</td>
 * <td>an exception no code caught</td>
 * </tr>
 * <tr>
 * <td>1102</td>
 * <td>warning</td>
 * <td>a reload failed; the previous configuration stays</td>
 * </tr>
 * <tr>
 * <td>1103</td>
 * <td>warning</td>
 * <td>starting; the previous run ended without a clean stop, and why</td>
 * </tr>
 * </table>
 *
 * A start-up failure is written as it is first seen, and again with Spring Boot's failure
 * analysis when one explains it. The full application log is not sent there.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class EventLoggingNotifier implements ServiceNotifier {

	/** Event id: the service started. */
	public static final int STARTED = 1000;

	/** Event id: the service is stopping. */
	public static final int STOPPING = 1001;

	/** Event id: the service stopped. */
	public static final int STOPPED = 1002;

	/** Event id: the service paused. */
	public static final int PAUSED = 1003;

	/** Event id: the service continued after a pause. */
	public static final int CONTINUED = 1004;

	/** Event id: the service reloaded its configuration. */
	public static final int RELOADED = 1005;

	/**
	 * Event id: the service is starting, and its previous run ended with a clean stop.
	 */
	public static final int PREVIOUS_RUN_STOPPED = 1006;

	/** Event id: the service failed to start. */
	public static final int START_FAILED = 1100;

	/** Event id: an exception no code caught. */
	public static final int UNCAUGHT_EXCEPTION = 1101;

	/** Event id: a reload failed; the service runs on with its previous configuration. */
	public static final int RELOAD_FAILED = 1102;

	/**
	 * Event id: the service is starting, and its previous run ended without a clean stop.
	 */
	public static final int PREVIOUS_RUN_CRASHED = 1103;

	private static final Log logger = LogFactory.getLog(EventLoggingNotifier.class);

	/**
	 * {@code ReportEventW}'s limit for one string, 31,839 characters, with room to spare.
	 */
	static final int MAX_MESSAGE_LENGTH = 31_000;

	private static final String CUT_NOTE = " [...] (cut to fit the event log; the application log has all of it)";

	private final AtomicBoolean warned = new AtomicBoolean();

	private final ServiceNotifier delegate;

	private final EventLogWriter eventLog;

	/**
	 * The event the next {@link #ready} writes: the start's, a reload's or a continue's;
	 * 0 (none) for a ready that ends nothing of these, such as a pause that failed.
	 */
	private volatile int readyEvent = STARTED;

	/**
	 * Create the notifier.
	 * @param delegate the notifier that talks to the service manager
	 * @param eventLog the event log
	 */
	public EventLoggingNotifier(ServiceNotifier delegate, EventLogWriter eventLog) {
		this.delegate = delegate;
		this.eventLog = eventLog;
	}

	/**
	 * Report an exception no code caught.
	 * @param message what happened
	 */
	public void uncaughtException(String message) {
		write(EventLogWriter.ERROR, UNCAUGHT_EXCEPTION, message);
	}

	@Override
	public void progress(String status, Duration extension) {
		this.delegate.progress(status, extension);
	}

	@Override
	public void ready(String status) {
		this.delegate.ready(status);
		int event = this.readyEvent;
		this.readyEvent = 0;
		if (event != 0) {
			write(EventLogWriter.INFORMATION, event, status);
		}
	}

	@Override
	public void status(String status) {
		this.delegate.status(status);
	}

	@Override
	public void stopping(String status) {
		this.delegate.stopping(status);
		write(EventLogWriter.INFORMATION, STOPPING, status);
	}

	@Override
	public void reloading(String status) {
		this.delegate.reloading(status);
		this.readyEvent = RELOADED;
	}

	@Override
	public void reloadFailed(String status) {
		this.delegate.reloadFailed(status);
		this.readyEvent = 0;
		write(EventLogWriter.WARNING, RELOAD_FAILED, status);
	}

	@Override
	public void paused(String status) {
		this.delegate.paused(status);
		this.readyEvent = CONTINUED;
		write(EventLogWriter.INFORMATION, PAUSED, status);
	}

	@Override
	public void previousRunEnded(String description, boolean crash) {
		this.delegate.previousRunEnded(description, crash);
		String message = "Starting. How the previous run ended: " + description;
		if (crash) {
			write(EventLogWriter.WARNING, PREVIOUS_RUN_CRASHED, message);
		}
		else {
			write(EventLogWriter.INFORMATION, PREVIOUS_RUN_STOPPED, message);
		}
	}

	@Override
	public void failed(String status, int errno) {
		this.delegate.failed(status, errno);
		write(EventLogWriter.ERROR, START_FAILED, status);
	}

	@Override
	public void exitCode(int code) {
		this.delegate.exitCode(code);
	}

	@Override
	public void stopped() {
		// Written first: once SERVICE_STOPPED is reported, the SCM may end the process at
		// any time.
		write(EventLogWriter.INFORMATION, STOPPED, "Stopped");
		this.delegate.stopped();
	}

	@Override
	public void watchdog() {
		this.delegate.watchdog();
	}

	@Override
	public void watchdogTrigger() {
		this.delegate.watchdogTrigger();
	}

	@Override
	public Optional<Duration> watchdogTimeout() {
		return this.delegate.watchdogTimeout();
	}

	private void write(int type, int eventId, String message) {
		try {
			if (!this.eventLog.write(type, eventId, bounded(message))) {
				warnOnce("Event " + eventId + " was not written to the Windows event log", null);
			}
		}
		catch (RuntimeException | LinkageError ex) {
			warnOnce("Cannot write to the Windows event log", ex);
		}
	}

	/**
	 * The message cut to what {@code ReportEventW} takes: "Each string is limited to
	 * 31,839 characters" (Microsoft); longer ones are not written at all.
	 */
	static String bounded(String message) {
		if (message.length() <= MAX_MESSAGE_LENGTH) {
			return message;
		}
		int end = MAX_MESSAGE_LENGTH - CUT_NOTE.length();
		// Never between the two halves of a surrogate pair.
		if (Character.isHighSurrogate(message.charAt(end - 1))) {
			end--;
		}
		return message.substring(0, end) + CUT_NOTE;
	}

	private void warnOnce(String problem, @Nullable Throwable cause) {
		if (this.warned.compareAndSet(false, true)) {
			logger.warn(problem + " (said once; later failures are logged at debug level)", cause);
		}
		else {
			logger.debug(problem, cause);
		}
	}

}
