package io.github.servicestarter.lifecycle;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.watchdog.WatchdogPinger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Tells the service manager about the application's state changes: ready (with start-up time
 * and health in the status line) when readiness first becomes
 * {@link ReadinessState#ACCEPTING_TRAFFIC}, liveness changes, and stopping as soon as the
 * application context starts closing, before any lifecycle bean stops. Starts the watchdog on
 * readiness; on close, stops it and begins reporting shutdown progress.
 *
 * @author Service Starter contributors
 */
public final class ServiceStateNotifications implements GenericApplicationListener {

	private static final Log logger = LogFactory.getLog(ServiceStateNotifications.class);

	private final ApplicationContext context;

	private final ServiceNotifier notifier;

	private final @Nullable StartupProgress startupProgress;

	private final @Nullable WatchdogPinger watchdog;

	private final @Nullable HealthStatusSource health;

	private final @Nullable ShutdownProgress shutdownProgress;

	private volatile boolean ready;

	private volatile boolean stopping;

	private volatile @Nullable Instant readyAt;

	/**
	 * Create the notifications for one application context.
	 * @param context the application context whose closing means stopping
	 * @param notifier the notifier
	 * @param startupProgress the start-up progress to finish on readiness, if any
	 * @param watchdog the watchdog to run while ready, if any
	 * @param health the health source for the status line, if any
	 * @param shutdownProgress the shutdown progress to begin when the context starts closing, if any
	 */
	public ServiceStateNotifications(ApplicationContext context, ServiceNotifier notifier,
			@Nullable StartupProgress startupProgress, @Nullable WatchdogPinger watchdog,
			@Nullable HealthStatusSource health, @Nullable ShutdownProgress shutdownProgress) {
		this.context = context;
		this.notifier = notifier;
		this.startupProgress = startupProgress;
		this.watchdog = watchdog;
		this.health = health;
		this.shutdownProgress = shutdownProgress;
	}

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.toClass();
		return AvailabilityChangeEvent.class.isAssignableFrom(type) || ContextClosedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ContextClosedEvent closed) {
			if (closed.getApplicationContext() == this.context) {
				onClosing();
			}
		}
		else if (event instanceof AvailabilityChangeEvent<?> change) {
			Object state = change.getState();
			if (state instanceof ReadinessState readiness) {
				onReadiness(readiness);
			}
			else if (state instanceof LivenessState liveness) {
				onLiveness(liveness);
			}
		}
	}

	private synchronized void onReadiness(ReadinessState readiness) {
		if (this.stopping) {
			return;
		}
		if (readiness == ReadinessState.ACCEPTING_TRAFFIC && !this.ready) {
			this.ready = true;
			this.readyAt = Instant.now();
			if (this.startupProgress != null) {
				this.startupProgress.finish();
			}
			String status = "Started in " + formatSeconds(sinceProcessStart()) + healthSuffix();
			this.notifier.ready(status);
			logger.info("Told the service manager the application is ready: " + status);
			if (this.watchdog != null) {
				this.watchdog.start();
			}
		}
		else if (this.ready) {
			String state = (readiness == ReadinessState.ACCEPTING_TRAFFIC) ? "Accepting traffic" : "Refusing traffic";
			this.notifier.status(state + healthSuffix());
		}
	}

	private synchronized void onLiveness(LivenessState liveness) {
		if (this.stopping || !this.ready) {
			return;
		}
		String state = (liveness == LivenessState.BROKEN) ? "Liveness BROKEN" : "Running";
		this.notifier.status(state + healthSuffix());
	}

	private synchronized void onClosing() {
		if (this.stopping) {
			return;
		}
		this.stopping = true;
		if (this.watchdog != null) {
			this.watchdog.stop();
		}
		this.notifier.stopping("Stopping");
		logger.info("Application context closing; told the service manager the service is stopping");
		if (this.shutdownProgress != null) {
			this.shutdownProgress.begin();
		}
	}

	/**
	 * Return the service's state.
	 * @return the state
	 */
	public ServiceState state() {
		return this.stopping ? ServiceState.STOPPING : (this.ready ? ServiceState.RUNNING : ServiceState.STARTING);
	}

	/**
	 * Return when the service manager was told the service is ready.
	 * @return the time, or {@code null} before readiness
	 */
	public @Nullable Instant readyAt() {
		return this.readyAt;
	}

	private String healthSuffix() {
		if (this.health == null) {
			return "";
		}
		try {
			return ", health " + this.health.status();
		}
		catch (RuntimeException ex) {
			return ", health unknown";
		}
	}

	private static Duration sinceProcessStart() {
		// The JVM's own clock: ProcessHandle's start time needs /proc/stat, which ProcSubset=pid hides.
		return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
	}

	private static String formatSeconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
