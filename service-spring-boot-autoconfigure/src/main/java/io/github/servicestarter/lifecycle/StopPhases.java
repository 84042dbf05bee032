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
