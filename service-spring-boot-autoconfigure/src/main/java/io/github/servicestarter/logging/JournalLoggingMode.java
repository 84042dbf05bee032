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
