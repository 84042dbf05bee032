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

import java.time.Instant;

import io.github.servicestarter.manager.ProcessUptime;
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
import org.springframework.context.event.ContextPausedEvent;
import org.springframework.context.event.ContextRestartedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * The service's state ({@link #state()}, which health and the endpoint read), kept from
 * the application's events, and told to the service manager: ready when readiness first
 * becomes {@link ReadinessState#ACCEPTING_TRAFFIC}, readiness and liveness changes after
 * it, and stopping as soon as the application context starts closing, before any
 * lifecycle bean stops. What it says is composed by a {@link StatusLine}; the work that
 * runs while ready (watchdog pings, health checks) is started and stopped as
 * {@link ReadyTasks} when a manager listens (its notifier is not
 * {@link ServiceNotifier#NONE}), and readiness never waits for a health check.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceStateNotifications implements GenericApplicationListener {

	private static final Log logger = LogFactory.getLog(ServiceStateNotifications.class);

	private final ApplicationContext context;

	private final ServiceNotifier notifier;

	private final StartupProgress startupProgress;

	private final ReadyTasks readyTasks;

	private final StatusLine statusLine;

	private final ShutdownProgress shutdownProgress;

	private volatile boolean ready;

	private volatile boolean stopping;

	private volatile boolean paused;

	private volatile @Nullable Instant readyAt;

	/**
	 * Create the notifications for one application context.
	 * @param context the application context whose closing means stopping
	 * @param notifier the notifier
	 * @param startupProgress the start-up progress to finish on readiness
	 * @param watchdog the watchdog to run while ready, if any
	 * @param health the health monitor for the status line, if any; started on readiness
	 * when a manager listens
	 * @param shutdownProgress the shutdown progress to begin when the context starts
	 * closing
	 */
	public ServiceStateNotifications(ApplicationContext context, ServiceNotifier notifier,
			StartupProgress startupProgress, @Nullable WatchdogPinger watchdog, @Nullable HealthMonitor health,
			ShutdownProgress shutdownProgress) {
		this.context = context;
		this.notifier = notifier;
		this.startupProgress = startupProgress;
		this.readyTasks = new ReadyTasks(watchdog, health);
		this.statusLine = new StatusLine(health);
		this.shutdownProgress = shutdownProgress;
	}

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.toClass();
		return AvailabilityChangeEvent.class.isAssignableFrom(type) || ContextClosedEvent.class.isAssignableFrom(type)
				|| ContextPausedEvent.class.isAssignableFrom(type)
				|| ContextRestartedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ContextClosedEvent closed) {
			if (closed.getApplicationContext() == this.context) {
				onClosing();
			}
		}
		else if (event instanceof ContextPausedEvent pausedEvent) {
			if (pausedEvent.getApplicationContext() == this.context) {
				onPaused(true);
			}
		}
		else if (event instanceof ContextRestartedEvent restarted) {
			if (restarted.getApplicationContext() == this.context) {
				onPaused(false);
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
			this.startupProgress.finish();
			String status = this.statusLine.started(ProcessUptime.now());
			this.notifier.ready(status);
			// Without a manager nobody hears the pings or the status line: no thread
			// for them.
			if (this.notifier != ServiceNotifier.NONE) {
				logger.info("Told the service manager the application is ready: " + status);
				this.readyTasks.start(this::onHealth);
			}
		}
		else if (this.ready) {
			this.notifier.status(this.statusLine
				.set((readiness == ReadinessState.ACCEPTING_TRAFFIC) ? "Accepting traffic" : "Refusing traffic"));
		}
	}

	private synchronized void onHealth(String status) {
		if (!this.stopping && this.ready) {
			this.notifier.status(this.statusLine.text());
		}
	}

	private synchronized void onLiveness(LivenessState liveness) {
		if (this.stopping || !this.ready) {
			return;
		}
		this.notifier.status(this.statusLine.set((liveness == LivenessState.BROKEN) ? "Liveness BROKEN" : "Running"));
	}

	/**
	 * The context paused or restarted: the state and the line later status updates carry
	 * change; what pauses reports the pause itself (the Windows SCM waits for it).
	 */
	private synchronized void onPaused(boolean paused) {
		this.paused = paused;
		if (this.ready && !this.stopping) {
			this.statusLine.set(paused ? "Paused" : "Running");
		}
	}

	private synchronized void onClosing() {
		if (this.stopping) {
			return;
		}
		this.stopping = true;
		this.readyTasks.stop();
		this.notifier.stopping("Stopping");
		if (this.notifier != ServiceNotifier.NONE) {
			logger.info("Application context closing; told the service manager the service is stopping");
		}
		this.shutdownProgress.begin();
	}

	/**
	 * Return the service's state.
	 * @return the state
	 */
	public ServiceState state() {
		if (this.stopping) {
			return ServiceState.STOPPING;
		}
		if (!this.ready) {
			return ServiceState.STARTING;
		}
		return this.paused ? ServiceState.PAUSED : ServiceState.RUNNING;
	}

	/**
	 * Return when the service manager was told the service is ready.
	 * @return the time, or {@code null} before readiness
	 */
	public @Nullable Instant readyAt() {
		return this.readyAt;
	}

}
