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

package io.github.servicestarter.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.github.servicestarter.manager.DaemonScheduler;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.watchdog.WatchdogGate.Action;
import io.github.servicestarter.watchdog.WatchdogGate.Verdict;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Pings the service manager's watchdog at half its timeout from one daemon thread, asking
 * a {@link WatchdogGate} first. Starts nothing when the manager runs no watchdog for this
 * process. A withheld ping is logged once per episode; a trigger is sent at most once.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class WatchdogPinger {

	private static final Log logger = LogFactory.getLog(WatchdogPinger.class);

	static final String THREAD_NAME = "service-watchdog";

	static final Duration SHORTEST_INTERVAL = Duration.ofMillis(10);

	static final Duration LONGEST_INTERVAL = Duration.ofDays(1);

	private final ServiceNotifier notifier;

	private final WatchdogGate gate;

	private final AtomicLong pings = new AtomicLong();

	private volatile @Nullable Instant lastPing;

	private volatile @Nullable Duration interval;

	private final DaemonScheduler scheduler = new DaemonScheduler(THREAD_NAME);

	private @Nullable Verdict lastVerdict;

	private boolean triggered;

	/**
	 * Create a pinger.
	 * @param notifier the notifier that sends the pings and knows the manager's timeout
	 * @param gate the gate asked before each ping
	 */
	public WatchdogPinger(ServiceNotifier notifier, WatchdogGate gate) {
		this.notifier = notifier;
		this.gate = gate;
	}

	/**
	 * Start pinging if the manager runs a watchdog for this process.
	 * @return the interval between pings, or empty when there is no watchdog to serve
	 */
	public synchronized Optional<Duration> start() {
		Optional<Duration> interval = this.notifier.watchdogTimeout().map(WatchdogPinger::interval);
		if (interval.isEmpty() || this.scheduler.isRunning()) {
			return interval;
		}
		this.scheduler.atFixedRate(this::tick, Duration.ZERO, interval.get());
		this.interval = interval.get();
		logger.info("Watchdog pings every " + interval.get().toMillis() + " ms (half of WATCHDOG_USEC)");
		return interval;
	}

	/**
	 * The interval between pings: half the timeout, but no more often than every
	 * {@link #SHORTEST_INTERVAL} (a timeout of microseconds would make a busy loop of a
	 * ping thread, and the manager ends such a service anyway) and at least once a day (a
	 * timeout of centuries, {@code WatchdogSec=1000y}, fits no scheduler).
	 * @param timeout the manager's watchdog timeout
	 * @return the interval
	 */
	static Duration interval(Duration timeout) {
		Duration half = timeout.dividedBy(2);
		if (half.compareTo(SHORTEST_INTERVAL) < 0) {
			logger.warn("WATCHDOG_USEC asks for a ping every " + half.toNanos() + " ns; pinging every "
					+ SHORTEST_INTERVAL.toMillis() + " ms instead. Set WatchdogSec= to a few seconds or more.");
			return SHORTEST_INTERVAL;
		}
		return (half.compareTo(LONGEST_INTERVAL) > 0) ? LONGEST_INTERVAL : half;
	}

	/**
	 * Stop pinging; a later {@link #start()} pings again. The starter stops it once, when
	 * the application context starts closing.
	 */
	public synchronized void stop() {
		this.scheduler.stop();
	}

	/**
	 * Return the interval between pings.
	 * @return the interval, or empty while the pinger has not started
	 */
	public Optional<Duration> interval() {
		return Optional.ofNullable(this.interval);
	}

	/**
	 * Return how many pings were sent.
	 * @return the ping count
	 */
	public long pings() {
		return this.pings.get();
	}

	/**
	 * Return when the last ping was sent.
	 * @return the time of the last ping, or empty before the first
	 */
	public Optional<Instant> lastPing() {
		return Optional.ofNullable(this.lastPing);
	}

	/**
	 * Run one watchdog tick: ask the gate, then ping, withhold or trigger.
	 */
	synchronized void tick() {
		Verdict verdict = check();
		if (verdict.action() == Action.PING) {
			this.notifier.watchdog();
			this.pings.incrementAndGet();
			this.lastPing = Instant.now();
			if (this.lastVerdict != null && this.lastVerdict.action() != Action.PING) {
				logger.info("Watchdog pings resumed");
			}
		}
		else if (verdict.action() == Action.TRIGGER && !this.triggered) {
			this.triggered = true;
			logger.error("Watchdog triggered: " + verdict.reason());
			this.notifier.watchdogTrigger();
		}
		else if (this.lastVerdict == null || this.lastVerdict.action() == Action.PING) {
			logger.warn("Watchdog pings withheld: " + verdict.reason()
					+ "; the service manager will act when its watchdog timeout passes");
		}
		this.lastVerdict = verdict;
	}

	private Verdict check() {
		try {
			return this.gate.check();
		}
		catch (RuntimeException ex) {
			logger.warn("Watchdog gate failed; pinging anyway, the process is evidently alive", ex);
			return Verdict.PING;
		}
	}

}
