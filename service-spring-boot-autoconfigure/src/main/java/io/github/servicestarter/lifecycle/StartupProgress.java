package io.github.servicestarter.lifecycle;

import java.time.Duration;
import java.util.function.LongSupplier;

import io.github.servicestarter.manager.ServiceNotifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Reports start-up progress to the service manager and extends its start timeout while, and
 * only while, start-up is progressing: each start-up phase and each initialised bean counts
 * as progress (bean ticks at most once a second). Past the overall limit it stops extending,
 * so a start-up that never finishes is ended by the manager.
 *
 * @author Service Starter contributors
 */
public final class StartupProgress {

	private static final Log logger = LogFactory.getLog(StartupProgress.class);

	private static final long TICK_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

	private final ServiceNotifier notifier;

	private final Duration extension;

	private final long limitNanos;

	private final LongSupplier nanoClock;

	private final long startNanos;

	private long lastReportNanos;

	private int initializedBeans;

	private boolean finished;

	/**
	 * Create a progress reporter whose clock starts now.
	 * @param notifier the notifier
	 * @param extension how long the manager should wait for the next sign of progress
	 * @param limit how long start-up may take in all before extensions stop
	 */
	public StartupProgress(ServiceNotifier notifier, Duration extension, Duration limit) {
		this(notifier, extension, limit, System::nanoTime);
	}

	StartupProgress(ServiceNotifier notifier, Duration extension, Duration limit, LongSupplier nanoClock) {
		this.notifier = notifier;
		this.extension = extension;
		this.limitNanos = limit.toNanos();
		this.nanoClock = nanoClock;
		this.startNanos = nanoClock.getAsLong();
	}

	/**
	 * Report that start-up entered a new phase.
	 * @param description the phase, for example {@code "refreshing application context"}
	 */
	public synchronized void phase(String description) {
		report("Starting: " + description);
	}

	/**
	 * Count one initialised bean, reporting at most once a second.
	 */
	public synchronized void beanInitialized() {
		this.initializedBeans++;
		if (!this.finished && this.nanoClock.getAsLong() - this.lastReportNanos >= TICK_INTERVAL_NANOS) {
			report("Starting: " + this.initializedBeans + " beans initialized");
		}
	}

	/**
	 * Mark start-up as finished; later calls report nothing.
	 */
	public synchronized void finish() {
		this.finished = true;
	}

	private void report(String status) {
		if (this.finished) {
			return;
		}
		long now = this.nanoClock.getAsLong();
		this.lastReportNanos = now;
		if (now - this.startNanos > this.limitNanos) {
			this.finished = true;
			logger.warn("Start-up has taken longer than service.startup.timeout ("
					+ Duration.ofNanos(this.limitNanos).toSeconds()
					+ " s); no longer asking the service manager for more time");
			this.notifier.status(status + " (start-up timeout exceeded)");
			return;
		}
		this.notifier.progress(status, this.extension);
	}

}
