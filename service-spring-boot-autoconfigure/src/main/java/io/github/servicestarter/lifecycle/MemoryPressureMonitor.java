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

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.PressureTrigger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the memory pressure systemd asks the service to watch, on one daemon thread
 * ({@code service-memory-pressure}) that exists only while a watch was asked for: each
 * time the threshold is crossed it publishes a {@link MemoryPressureEvent}, counts it and
 * logs it (the first time, then at most once a minute with the count). The thread ends
 * with the context; a trigger the kernel refuses is reported once and watched no more.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class MemoryPressureMonitor implements SmartLifecycle {

	/** How long one wait lasts, so that a stop is seen within it. */
	static final Duration WAIT = Duration.ofMillis(500);

	private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

	private static final Log logger = LogFactory.getLog(MemoryPressureMonitor.class);

	private final @Nullable MemoryPressureWatch watch;

	private final TriggerOpener opener;

	private final ApplicationEventPublisher publisher;

	private final AtomicLong events = new AtomicLong();

	private volatile @Nullable Thread thread;

	private volatile boolean running;

	private long loggedAt = Long.MIN_VALUE;

	private long loggedCount;

	/**
	 * Create the monitor.
	 * @param watch what systemd asked to watch, or {@code null} for nothing
	 * @param opener sets the trigger
	 * @param publisher publishes the events
	 */
	public MemoryPressureMonitor(@Nullable MemoryPressureWatch watch, TriggerOpener opener,
			ApplicationEventPublisher publisher) {
		this.watch = watch;
		this.opener = opener;
		this.publisher = publisher;
	}

	/**
	 * Return how many times the threshold was crossed in this run.
	 * @return the count
	 */
	public long events() {
		return this.events.get();
	}

	/**
	 * Return whether a watch was asked for.
	 * @return whether systemd handed a pressure file and a trigger
	 */
	public boolean watching() {
		return this.watch != null;
	}

	@Override
	public void start() {
		MemoryPressureWatch watch = this.watch;
		if (watch == null || this.running) {
			return;
		}
		PressureTrigger trigger;
		try {
			trigger = this.opener.open(watch);
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			logger.warn("Cannot watch the memory pressure systemd asked for, " + watch + ": " + ex.getMessage());
			return;
		}
		this.running = true;
		Thread thread = new Thread(() -> watch(trigger), "service-memory-pressure");
		thread.setDaemon(true);
		this.thread = thread;
		thread.start();
		logger.info("Watching memory pressure: " + watch);
	}

	@Override
	public int getPhase() {
		return StopPhases.MEMORY_PRESSURE_WATCH;
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.thread;
		if (thread != null) {
			try {
				thread.join(2 * WAIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void watch(PressureTrigger trigger) {
		try (trigger) {
			while (this.running) {
				if (trigger.await(WAIT)) {
					crossed();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Memory pressure is watched no more: " + ex.getMessage());
			this.running = false;
		}
	}

	private void crossed() {
		long count = this.events.incrementAndGet();
		long now = System.nanoTime();
		if (this.loggedAt == Long.MIN_VALUE || now - this.loggedAt >= LOG_INTERVAL.toNanos()) {
			logger.warn("Memory pressure: the service stalled on memory past systemd's threshold ("
					+ (count - this.loggedCount) + " time(s) since the last report, " + count + " in this run)");
			this.loggedAt = now;
			this.loggedCount = count;
		}
		this.publisher.publishEvent(new MemoryPressureEvent(this, count));
	}

	/**
	 * Sets a pressure trigger.
	 */
	@FunctionalInterface
	public interface TriggerOpener {

		/**
		 * Set the trigger.
		 * @param watch the pressure file and the trigger
		 * @return the trigger
		 * @throws IOException if it cannot be set
		 */
		PressureTrigger open(MemoryPressureWatch watch) throws IOException;

	}

}
