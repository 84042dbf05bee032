package io.github.servicestarter.lifecycle;

import org.springframework.context.SmartLifecycle;

/**
 * The phases in which the starter's lifecycle beans stop, in the order they stop: Spring
 * stops a higher phase first. The whole stop order, with what happens outside the phases,
 * is the table in this package's documentation.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class StopPhases {

	/**
	 * Spring Boot's graceful web server shutdown
	 * ({@code WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE}), which drains the
	 * requests in flight; the web server itself stops in a lower phase. Repeated here so
	 * that applications without a web server need no web server classes.
	 */
	public static final int WEB_SERVER_GRACEFUL_SHUTDOWN = SmartLifecycle.DEFAULT_PHASE - 1024;

	/**
	 * A socket systemd passed goes back to systemd, just before the graceful shutdown:
	 * new connections wait for the next process instead of being refused.
	 */
	public static final int SOCKET_HAND_BACK = WEB_SERVER_GRACEFUL_SHUTDOWN + 1;

	/**
	 * The graceful shutdown is over: the stop's progress goes from draining to stopping.
	 */
	public static final int DRAINED = WEB_SERVER_GRACEFUL_SHUTDOWN - 1;

	/**
	 * The memory pressure watch's thread ends: after the graceful shutdown, so that the
	 * wait for it never keeps the web server accepting.
	 */
	public static final int MEMORY_PRESSURE_WATCH = WEB_SERVER_GRACEFUL_SHUTDOWN - 2;

	/**
	 * Every other lifecycle bean has stopped: the restart journal records a clean stop.
	 */
	public static final int CLEAN_STOP = Integer.MIN_VALUE;

	private StopPhases() {
	}

}
