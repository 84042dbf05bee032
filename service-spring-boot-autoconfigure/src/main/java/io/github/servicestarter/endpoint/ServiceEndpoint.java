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

package io.github.servicestarter.endpoint;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.StartupCacheUse;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.restarts.RunEnd;
import io.github.servicestarter.watchdog.WatchdogPinger;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/service}: the manager and how it was detected, the service's name,
 * pid, state, start and ready times, restarts, starts and crashes, and the watchdog.
 * Read-only; restarting is {@link ServiceRestartEndpoint}'s, an endpoint of its own.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@Endpoint(id = "service", defaultAccess = Access.READ_ONLY)
public class ServiceEndpoint {

	private final ServiceManagerDetection detection;

	private final ServiceIdentity identity;

	private final ServiceStateNotifications state;

	private final @Nullable RestartAccounting accounting;

	private final @Nullable WatchdogPinger watchdog;

	private final @Nullable StartupCacheUse startupCache;

	/**
	 * Create the endpoint.
	 * @param detection the service manager detection
	 * @param identity the service identity
	 * @param state the service state
	 * @param accounting the restart accounting, or {@code null} when there is none
	 * @param watchdog the watchdog pinger, or {@code null} when switched off
	 * @param startupCache how this run used its start-up cache, or {@code null} when
	 * unknown
	 */
	public ServiceEndpoint(ServiceManagerDetection detection, ServiceIdentity identity, ServiceStateNotifications state,
			@Nullable RestartAccounting accounting, @Nullable WatchdogPinger watchdog,
			@Nullable StartupCacheUse startupCache) {
		this.detection = detection;
		this.identity = identity;
		this.state = state;
		this.accounting = accounting;
		this.watchdog = watchdog;
		this.startupCache = startupCache;
	}

	@ReadOperation
	public ServiceDescriptor service() {
		RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
		return new ServiceDescriptor(lower(this.detection.manager()), this.detection.rule(), this.identity.name(),
				this.identity.unit(), runtime.getPid(), lower(this.state.state()),
				Instant.ofEpochMilli(runtime.getStartTime()), this.state.readyAt(), restarts(), watchdog(),
				startupCache());
	}

	private @Nullable RestartsDescriptor restarts() {
		RestartAccounting accounting = this.accounting;
		if (accounting == null) {
			return null;
		}
		var record = accounting.journal().record();
		return new RestartsDescriptor(accounting.restarts(), accounting.source(), accounting.starts(),
				accounting.crashes(), record.lastExit(), record.lastEnd(), accounting.journal().problem() == null);
	}

	private @Nullable StartupCacheDescriptor startupCache() {
		StartupCacheUse startupCache = this.startupCache;
		return (startupCache != null) ? new StartupCacheDescriptor(startupCache.state().word(), startupCache.reason())
				: null;
	}

	private WatchdogDescriptor watchdog() {
		WatchdogPinger watchdog = this.watchdog;
		if (watchdog == null || watchdog.interval().isEmpty()) {
			return new WatchdogDescriptor(false, null, null, 0);
		}
		return new WatchdogDescriptor(true, watchdog.interval().get(), watchdog.lastPing().orElse(null),
				watchdog.pings());
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The service, as {@code GET /actuator/service} shows it.
	 *
	 * @param manager the service manager ({@code systemd}, {@code none})
	 * @param detectedBy the rule that decided the manager
	 * @param name the service name
	 * @param unit the systemd unit, if any
	 * @param pid the process id
	 * @param state {@code starting}, {@code running} or {@code stopping}
	 * @param startedAt when the process started
	 * @param readyAt when the manager was told the service is ready
	 * @param restarts restart accounting, absent without a service manager
	 * @param watchdog the watchdog
	 * @param startupCache the start-up cache, absent without a service manager
	 */
	public record ServiceDescriptor(String manager, String detectedBy, String name, @Nullable String unit, long pid,
			String state, @Nullable Instant startedAt, @Nullable Instant readyAt, @Nullable RestartsDescriptor restarts,
			WatchdogDescriptor watchdog,
			@Nullable StartupCacheDescriptor startupCache) implements OperationResponseBody {

	}

	/**
	 * The start-up cache.
	 *
	 * @param state {@code used} (the JVM mapped the archive), {@code off} (the unit gave
	 * none), {@code rejected} (the JVM did not use the one it was given) or {@code none}
	 * (installed without a cache)
	 * @param reason why it is not used
	 */
	public record StartupCacheDescriptor(String state, @Nullable String reason) {

	}

	/**
	 * Restart accounting.
	 *
	 * @param count how often the service was restarted
	 * @param source who counted: {@code systemd} or {@code journal}
	 * @param starts starts recorded in the journal, this one included
	 * @param crashes earlier runs that ended without a clean stop
	 * @param lastExit how the previous run ended, in one sentence
	 * @param lastEnd how the previous run ended: the reason ({@code stop} for a clean
	 * stop), when, the exit status the service manager saw and the files the run left
	 * @param journalRecording whether the journal records this run
	 */
	public record RestartsDescriptor(long count, String source, long starts, long crashes, @Nullable String lastExit,
			@Nullable RunEnd lastEnd, boolean journalRecording) {

	}

	/**
	 * The watchdog.
	 *
	 * @param enabled whether pings are being sent
	 * @param interval the interval between pings
	 * @param lastPing when the last ping was sent
	 * @param pings how many pings were sent
	 */
	public record WatchdogDescriptor(boolean enabled, @Nullable Duration interval, @Nullable Instant lastPing,
			long pings) {

	}

}
