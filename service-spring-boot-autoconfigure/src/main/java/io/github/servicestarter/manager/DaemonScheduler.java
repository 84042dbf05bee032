package io.github.servicestarter.manager;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The one-thread schedulers the starter runs its periodic work on (watchdog pings, health
 * checks, shutdown progress): a named daemon thread, so that none of them keeps the JVM
 * alive, and no delayed task left to run once it is shut down.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class DaemonScheduler {

	private DaemonScheduler() {
	}

	/**
	 * Create a scheduler with one daemon thread.
	 * @param threadName the thread's name, as thread dumps and tests see it
	 * @return the scheduler
	 */
	public static ScheduledExecutorService create(String threadName) {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			return thread;
		});
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return executor;
	}

}
