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

package io.github.servicestarter.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.servicestarter.manager.ServiceNotifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * {@link ServiceNotifier} that speaks systemd's {@code sd_notify} protocol:
 * newline-separated {@code KEY=VALUE} assignments, several in one datagram. A datagram
 * that cannot be sent is reported once as a warning (later failures at debug level) and
 * never reaches the caller.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class SystemdNotifier implements ServiceNotifier {

	private static final Log logger = LogFactory.getLog(SystemdNotifier.class);

	/** systemd drops larger notifications; status text is cut well below that. */
	private static final int MAX_STATUS_LENGTH = 1024;

	private final NotifyTransport transport;

	private final String destination;

	private final @Nullable Duration watchdogTimeout;

	private final AtomicBoolean failureReported = new AtomicBoolean();

	/**
	 * Create a notifier.
	 * @param transport the transport that sends datagrams to the notify socket
	 * @param destination the notify socket, for messages
	 * @param watchdogTimeout the watchdog timeout systemd enforces, or {@code null}
	 */
	public SystemdNotifier(NotifyTransport transport, String destination, @Nullable Duration watchdogTimeout) {
		this.transport = transport;
		this.destination = destination;
		this.watchdogTimeout = watchdogTimeout;
	}

	@Override
	public void progress(String status, Duration extension) {
		send(statusField(status), "EXTEND_TIMEOUT_USEC=" + toMicros(extension));
	}

	@Override
	public void ready(String status) {
		send("READY=1", statusField(status));
	}

	@Override
	public void status(String status) {
		send(statusField(status));
	}

	@Override
	public void stopping(String status) {
		send("STOPPING=1", statusField(status));
	}

	@Override
	public void reloading(String status) {
		// systemd (253+) checks MONOTONIC_USEC against CLOCK_MONOTONIC, which
		// System.nanoTime reads on Linux.
		send("RELOADING=1", "MONOTONIC_USEC=" + System.nanoTime() / 1000, statusField(status));
	}

	@Override
	public void failed(String status, int errno) {
		if (errno > 0) {
			send(statusField(status), "ERRNO=" + errno);
		}
		else {
			send(statusField(status));
		}
	}

	@Override
	public void watchdog() {
		send("WATCHDOG=1");
	}

	@Override
	public void watchdogTrigger() {
		send("WATCHDOG=trigger");
	}

	@Override
	public Optional<Duration> watchdogTimeout() {
		return Optional.ofNullable(this.watchdogTimeout);
	}

	private static String statusField(String text) {
		String line = text.replace('\n', ' ').replace('\r', ' ');
		return "STATUS=" + ((line.length() > MAX_STATUS_LENGTH) ? line.substring(0, MAX_STATUS_LENGTH) : line);
	}

	private static long toMicros(Duration duration) {
		return Math.max(1, duration.toNanos() / 1000);
	}

	private void send(String... assignments) {
		byte[] datagram = String.join("\n", assignments).getBytes(StandardCharsets.UTF_8);
		try {
			this.transport.send(datagram);
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			reportFailure(assignments[0], ex);
		}
	}

	private void reportFailure(String field, Throwable ex) {
		if (this.failureReported.compareAndSet(false, true)) {
			logger.warn("Could not notify systemd through NOTIFY_SOCKET=" + this.destination + " (" + ex.getMessage()
					+ "). The application keeps running, but systemd will not see its readiness, status or "
					+ "watchdog pings: check that the unit has Type=notify and NotifyAccess=main, and that nothing "
					+ "rewrote NOTIFY_SOCKET. Further failures are logged at debug level.");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Could not send " + field + " to systemd: " + ex.getMessage());
		}
	}

}
