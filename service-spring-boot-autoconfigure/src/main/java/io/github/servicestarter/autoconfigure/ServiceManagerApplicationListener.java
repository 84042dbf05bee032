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

package io.github.servicestarter.autoconfigure;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import io.github.servicestarter.lifecycle.ServicePauser;
import io.github.servicestarter.lifecycle.ServiceReloader;
import io.github.servicestarter.lifecycle.StartupProgress;
import io.github.servicestarter.lifecycle.StartupProgressBeanPostProcessor;
import io.github.servicestarter.logging.JournalLoggingApplicationListener;
import io.github.servicestarter.logging.ServiceUncaughtExceptionHandler;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.windows.ControlActions;
import io.github.servicestarter.windows.EventLoggingNotifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.ExitCodeEvent;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The starter's way into a run of a Spring Boot application, registered in
 * {@code spring.factories} so that it acts before any bean exists:
 * <ul>
 * <li>a {@code service:*} command on the command line is run by
 * {@link ServiceCommandRunner}, and the JVM exits with its code;</li>
 * <li>otherwise, once the environment is prepared, {@link ServiceManagerRunFactory}
 * builds the run's {@link ServiceManagerRun} (detection, notifier, start-up progress;
 * under the SCM the connection was made when Spring Boot started, by
 * {@link WindowsServiceConnection}), which becomes the context's one bean of it; start-up
 * progress is reported until the context is refreshed;</li>
 * <li>what it sets for the whole JVM (the uncaught-exception handler, the failure
 * reporter's notifier) is undone when the run's context closes.</li>
 * </ul>
 * It runs right after the journal logging listener ({@link #getOrder()}), so its
 * decisions are logged with the application's logging configuration.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceManagerApplicationListener implements GenericApplicationListener {

	private static final String RUN_HOOKS_BEAN_NAME = "serviceRunHooks";

	/** The events this listener acts on, each handled by a method of its own. */
	private static final List<Class<?>> EVENT_TYPES = List.of(ApplicationStartingEvent.class,
			ApplicationEnvironmentPreparedEvent.class, ApplicationContextInitializedEvent.class,
			ApplicationPreparedEvent.class, ApplicationStartedEvent.class, ExitCodeEvent.class,
			ApplicationFailedEvent.class);

	private static final Log logger = LogFactory.getLog(ServiceManagerApplicationListener.class);

	private @Nullable ServiceManagerRun run;

	private volatile @Nullable ConfigurableApplicationContext context;

	private final HostProcess process;

	private final IntConsumer exit;

	private final ServiceCommandRunner commands;

	private final WindowsServiceConnection windows;

	private final ServiceManagerConnector connector;

	private final ServiceManagerRunFactory runs;

	private @Nullable ServiceUncaughtExceptionHandler uncaughtExceptionHandler;

	public ServiceManagerApplicationListener() {
		this(HostProcess.current(), System::exit, System.out);
	}

	ServiceManagerApplicationListener(HostProcess process) {
		this(process, System::exit, System.out);
	}

	ServiceManagerApplicationListener(HostProcess process, IntConsumer exit, PrintStream out) {
		this.process = process;
		this.exit = exit;
		this.commands = new ServiceCommandRunner(out);
		this.connector = new ServiceManagerConnector(process, Platform.current());
		this.windows = new WindowsServiceConnection(this.connector,
				ControlActions.stopOnly(() -> this.exit.accept(0))
					.withReload(this::reloadFromParamChange)
					.withPause(() -> pauseOrContinue(true), () -> pauseOrContinue(false)));
		this.runs = new ServiceManagerRunFactory(this.connector, this.windows);
	}

	@Override
	public int getOrder() {
		// Logging is initialised by then, and writes journal entries where it should, so
		// the decision is logged with the app's configuration.
		return JournalLoggingApplicationListener.ORDER + 1;
	}

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.toClass();
		return EVENT_TYPES.stream().anyMatch((supported) -> supported.isAssignableFrom(type));
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationStartingEvent starting) {
			onApplicationStartingEvent(starting);
		}
		else if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			onApplicationEnvironmentPreparedEvent(prepared);
		}
		else if (event instanceof ApplicationContextInitializedEvent initialized) {
			onContextInitialized(initialized.getApplicationContext());
		}
		else if (event instanceof ApplicationPreparedEvent) {
			onApplicationPreparedEvent();
		}
		else if (event instanceof ApplicationStartedEvent) {
			onApplicationStartedEvent();
		}
		else if (event instanceof ExitCodeEvent exitCode) {
			this.windows.exitCode(exitCode.getExitCode());
		}
		else if (event instanceof ApplicationFailedEvent failed) {
			onApplicationFailedEvent(failed);
		}
	}

	/**
	 * Share the run's detection with the environment post-processors, and under the SCM
	 * connect before anything else runs (unless this is a command).
	 */
	private void onApplicationStartingEvent(ApplicationStartingEvent event) {
		RunDetection detection = new RunDetection(this.connector);
		event.getBootstrapContext().register(RunDetection.class, InstanceSupplier.of(detection));
		if (!ServiceCommandRunner.holdsCommand(event.getArgs())) {
			this.windows.connectEarly(event.getArgs(), detection);
		}
	}

	/** Run a {@code service:*} command and exit, or detect and connect. */
	private void onApplicationEnvironmentPreparedEvent(ApplicationEnvironmentPreparedEvent event) {
		OptionalInt commandExit = this.commands.run(event);
		if (commandExit.isPresent()) {
			this.exit.accept(commandExit.getAsInt());
		}
		else {
			onEnvironmentPrepared(event.getEnvironment(),
					RunDetection.of(event.getBootstrapContext(), () -> new RunDetection(this.connector)));
		}
	}

	private void onApplicationPreparedEvent() {
		startupProgress().phase("refreshing application context");
	}

	private void onApplicationStartedEvent() {
		this.windows.started();
		startupProgress().runnersStarted();
	}

	private void onApplicationFailedEvent(ApplicationFailedEvent event) {
		startupProgress().finish();
		// Refined by ServiceFailureAnalysisReporter when an analyzer explains the
		// failure.
		ServiceFailureAnalysisReporter.reportUnanalyzed(notifier(), event.getException());
		this.windows.failed(notifier());
	}

	private StartupProgress startupProgress() {
		ServiceManagerRun run = this.run;
		return (run != null) ? run.startupProgress() : StartupProgress.unreported();
	}

	private ServiceNotifier notifier() {
		ServiceManagerRun run = this.run;
		return (run != null) ? run.notifier() : ServiceNotifier.NONE;
	}

	private void onEnvironmentPrepared(ConfigurableEnvironment environment, RunDetection runDetection) {
		ServiceManagerRun run = this.runs.create(environment, runDetection);
		if (run == null) {
			logger.info("Service manager integration disabled (service.enabled=false)");
			return;
		}
		this.run = run;
		ServiceManagerDetection detection = run.detection();
		if (!detection.isManaged()) {
			logger.info("No service manager (" + detection.rule() + "): service integration inactive");
		}
		else {
			logger.info("Service manager: " + detection);
			if (detection.manager() == ServiceManager.WINDOWS) {
				this.windows.keepStandardStreams(run.platform().identity(environment::getProperty, this.process));
			}
			Consumer<String> alsoReport = (message) -> {
			};
			if (run.notifier() instanceof EventLoggingNotifier eventLog) {
				alsoReport = eventLog::uncaughtException;
			}
			this.uncaughtExceptionHandler = ServiceUncaughtExceptionHandler.install(serviceName(run, environment),
					alsoReport);
		}
		ServiceFailureAnalysisReporter.connect(run.notifier());
		// The run was built from settings read leniently, so that the manager hears of
		// the failure an invalid one causes: now the start fails on it, with its
		// analysis.
		Binder.get(environment).bindOrCreate("service", ServiceProperties.class);
		run.startupProgress().phase("environment prepared");
	}

	/**
	 * The service name as the auto-configuration, the metrics and the journal have it
	 * ({@link ServiceIdentity#resolveName}), read leniently: this early, a bad value must
	 * not stop the connection to the manager.
	 */
	private String serviceName(ServiceManagerRun run, Environment environment) {
		return run.platform().serviceName(environment::getProperty, this.process);
	}

	/**
	 * Undo what this run set for the whole JVM: the default uncaught-exception handler
	 * and the notifier the failure reporter reports to.
	 */
	private void releaseRunHooks() {
		ServiceUncaughtExceptionHandler handler = this.uncaughtExceptionHandler;
		if (handler != null) {
			handler.uninstall();
		}
		ServiceFailureAnalysisReporter.disconnect(notifier());
	}

	private void reloadFromParamChange() {
		ConfigurableApplicationContext context = this.context;
		if (context != null && context.isActive()) {
			context.getBeanProvider(ServiceReloader.class).ifAvailable((reloader) -> reloader.reload("PARAMCHANGE"));
		}
	}

	/**
	 * Pause or continue for the SCM's control. The SCM waits in PAUSE_PENDING or
	 * CONTINUE_PENDING until told otherwise, so without a pauser it is told the service
	 * runs.
	 */
	private void pauseOrContinue(boolean pause) {
		ConfigurableApplicationContext context = this.context;
		ServicePauser pauser = (context != null && context.isActive())
				? context.getBeanProvider(ServicePauser.class).getIfAvailable() : null;
		if (pauser == null) {
			notifier().ready("Pausing is not available (service.windows.pause.enabled=false)");
		}
		else if (pause) {
			pauser.pause("PAUSE");
		}
		else {
			pauser.resume("CONTINUE");
		}
	}

	private void onContextInitialized(ConfigurableApplicationContext context) {
		ServiceManagerRun run = this.run;
		if (run == null) {
			return;
		}
		this.context = context;
		if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
			// Registered first, so destroyed last: the run's hooks into the JVM end with
			// its context.
			registry.registerDisposableBean(RUN_HOOKS_BEAN_NAME, this::releaseRunHooks);
		}
		if (run.detection().manager() == ServiceManager.WINDOWS) {
			this.windows.reportStoppedWhenClosed(context, run.notifier());
		}
		var beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(ServiceManagerRun.BEAN_NAME, run);
		if (run.detection().isManaged()) {
			StartupProgress progress = run.startupProgress();
			beanFactory.addBeanPostProcessor(new StartupProgressBeanPostProcessor(progress));
			progress.phase("application context initialized");
		}
	}

}
