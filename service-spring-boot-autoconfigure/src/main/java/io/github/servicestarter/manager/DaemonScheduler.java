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

package io.github.servicestarter.manager;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The owner of one named daemon thread that runs the starter's periodic and delayed work
 * (watchdog pings, health checks, progress reports, the Windows start and stop limits),
 * with the same rules for each: the thread starts with the first task scheduled, never
 * before; {@link #stop()} ends it without waiting for a task in flight, and nothing
 * scheduled runs after it; a task scheduled after a stop starts a new thread. A daemon,
 * so that none keeps the JVM alive.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class DaemonScheduler {

	private final String threadName;

	private @Nullable ScheduledExecutorService executor;

	/**
	 * Create a scheduler; it starts no thread until a task is scheduled.
	 * @param threadName the thread's name, as thread dumps and tests see it
	 */
	public DaemonScheduler(String threadName) {
		this.threadName = threadName;
	}

	/**
	 * Run a task every period, the first time after a delay.
	 * @param task the task
	 * @param initialDelay the delay before the first run
	 * @param period the time from the start of one run to the start of the next
	 */
	public synchronized void atFixedRate(Runnable task, Duration initialDelay, Duration period) {
		executor().scheduleAtFixedRate(task, initialDelay.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Run a task now and again after each run's end plus a delay.
	 * @param task the task
	 * @param delay the time from the end of one run to the start of the next
	 */
	public synchronized void withFixedDelay(Runnable task, Duration delay) {
		executor().scheduleWithFixedDelay(task, 0, Math.max(1, delay.toNanos()), TimeUnit.NANOSECONDS);
	}

	/**
	 * Run a task once, after a delay.
	 * @param task the task
	 * @param delay the delay, none when negative
	 */
	public synchronized void after(Runnable task, Duration delay) {
		executor().schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
	}

	/**
	 * Run a task once, as soon as the thread is free.
	 * @param task the task
	 */
	public synchronized void execute(Runnable task) {
		executor().execute(task);
	}

	/**
	 * Return whether the thread runs: a task was scheduled and it has not stopped since.
	 * @return whether it runs
	 */
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	/**
	 * End the thread, without waiting for a task in flight; nothing scheduled runs after
	 * this.
	 */
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	private ScheduledExecutorService executor() {
		ScheduledExecutorService executor = this.executor;
		if (executor == null) {
			ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(1, (task) -> {
				Thread thread = new Thread(task, this.threadName);
				thread.setDaemon(true);
				return thread;
			});
			created.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			this.executor = created;
			executor = created;
		}
		return executor;
	}

}
