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
