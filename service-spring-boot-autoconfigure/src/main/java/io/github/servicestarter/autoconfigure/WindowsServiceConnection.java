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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.servicestarter.logging.JvmConsoleLogging;
import io.github.servicestarter.logging.StandardErrorFile;
import io.github.servicestarter.manager.ProcessUptime;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSettings;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.windows.ControlActions;
import io.github.servicestarter.windows.WindowsService;
import io.github.servicestarter.windows.WindowsServiceSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The conversation with the Windows Service Control Manager over one run:
 * <ul>
 * <li>connected when Spring Boot starts ({@code ApplicationStartingEvent}), with what the
 * command line says, so that the SCM hears from the service within its first 30 s;</li>
 * <li>configured with the {@code service.*} settings once the environment is
 * prepared;</li>
 * <li>a start that hangs past {@code service.startup.timeout} ends itself;</li>
 * <li>{@code SERVICE_STOPPED} is reported once the application context has closed,
 * whoever closed it, with the exit code the application chose.</li>
 * </ul>
 *
 * @author Service Starter contributors
 */
final class WindowsServiceConnection {

	private static final Log logger = LogFactory.getLog(WindowsServiceConnection.class);

	/** What a stop may take beyond its drain and progress timeout by default. */
	private static final Duration STOP_MARGIN = Duration.ofSeconds(15);

	/**
	 * How long a failed start waits for Spring Boot to close the context before STOPPED.
	 */
	private static final Duration FAILED_START_CLOSE_WAIT = Duration.ofSeconds(30);

	private static final String STOPPED_REPORTER_BEAN_NAME = "serviceStoppedReporter";

	private final ServiceManagerConnector connector;

	private final ControlActions actions;

	private @Nullable WindowsService service;

	private @Nullable ServiceManagerDetection earlyDetection;

	private @Nullable String workingDirectoryFailure;

	/** Counted down by Spring Boot's shutdown hook once it has closed the contexts. */
	private final CountDownLatch contextsClosed = new CountDownLatch(1);

	private boolean shutdownHandlerAdded;

	private volatile boolean started;

	private volatile int exitCode;

	WindowsServiceConnection(ServiceManagerConnector connector, ControlActions actions) {
		this.connector = connector;
		this.actions = actions;
	}

	/**
	 * Connect at once when the SCM launched this process: the SCM waits only 30 s (Wine:
	 * 10 s) for the dispatcher, and the JVM alone uses several of them. Only the command
	 * line is known this early ({@code service:install} writes
	 * {@code --service.manager=windows} into it); {@code application.yml} is read at
	 * {@link #connect}.
	 * @param args the application's arguments
	 * @param runDetection the run's detection
	 */
	void connectEarly(String[] args, RunDetection runDetection) {
		if (!this.connector.platform().isWindows()) {
			return;
		}
		StandardEnvironment commandLine = commandLine(args);
		ServiceManagerSettings early = ServiceManagerSettings.read(commandLine::getProperty);
		if (!early.enabled()) {
			return;
		}
		ServiceManagerDetection detection = runDetection.detect(early.selection());
		if (detection.manager() != ServiceManager.WINDOWS) {
			return;
		}
		this.earlyDetection = detection;
		enterWorkingDirectory();
		String name = this.connector.platform().serviceName(commandLine::getProperty, this.connector.process());
		WindowsServiceSettings settings = settings(Binder.get(commandLine));
		WindowsService service = this.connector.connectWindows(name, this.actions, settings);
		if (service != null) {
			// The dispatcher does not keep the JVM alive: a start that fails before the
			// environment is prepared exits, and reports SERVICE_STOPPED on its way out.
			reportStoppedAtExit(service, settings.stopTimeout());
		}
		this.service = service;
	}

	/**
	 * The SCM starts every service in System32. {@code service:install} records the jar's
	 * directory as {@code user.dir}, against which Java's file APIs resolve relative
	 * paths; the process enters it too, so that native code and child processes agree
	 * with them. Done before Spring Boot reads {@code ./config/} and
	 * {@code ./application.yml}; a failure is logged once logging is set up.
	 */
	private void enterWorkingDirectory() {
		String userDir = System.getProperty("user.dir");
		try {
			if (userDir != null && !this.connector.platform().enterWindowsWorkingDirectory(Path.of(userDir))) {
				this.workingDirectoryFailure = "Could not make " + userDir + " (user.dir) the working directory";
			}
		}
		catch (RuntimeException | LinkageError ex) {
			this.workingDirectoryFailure = "Could not make " + userDir + " (user.dir) the working directory: " + ex;
		}
	}

	/**
	 * Have the service report {@code SERVICE_STOPPED} at the JVM's exit once Spring
	 * Boot's shutdown hook has closed the application's contexts (which reports it
	 * through the disposable bean), or at once when that hook had nothing to close. JVM
	 * shutdown hooks start side by side in no set order, so the exit hook cannot look for
	 * Spring Boot's thread: it may not have started yet. Instead Spring Boot tells it:
	 * its hook runs the shutdown handlers
	 * ({@link SpringApplication#getShutdownHandlers()}) after it has closed every
	 * context, and registers itself when a handler is added.
	 */
	private void reportStoppedAtExit(WindowsService service, Duration timeout) {
		if (!this.shutdownHandlerAdded) {
			SpringApplication.getShutdownHandlers().add(this.contextsClosed::countDown);
			this.shutdownHandlerAdded = true;
		}
		service.reportStoppedAtExit(() -> awaitContextsClosed(this.contextsClosed, timeout));
	}

	/**
	 * Wait for Spring Boot's shutdown hook to have closed the contexts.
	 * @param contextsClosed counted down by the hook's shutdown handler
	 * @param timeout how long to wait (the stop deadline)
	 * @return whether it has; {@code false} when it still closes them after the timeout
	 * (a hung destroy method, which the stop deadline ends)
	 */
	static boolean awaitContextsClosed(CountDownLatch contextsClosed, Duration timeout) {
		try {
			return contextsClosed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Read the settings the service runs by, leniently: an invalid value fails the start
	 * later, with its analysis, which the SCM is then told about. The deadline of a stop,
	 * {@code service.windows.stop-timeout}, is by default the drain
	 * ({@code spring.lifecycle.timeout-per-shutdown-phase}) plus the progress timeout
	 * plus a margin, the same bound systemd's {@code TimeoutStopSec=} of a generated unit
	 * sets.
	 * @param binder the binder of what is known so far
	 * @return the settings
	 */
	static WindowsServiceSettings settings(Binder binder) {
		ServiceProperties.Startup startup = LenientBinding.startup(binder);
		ServiceProperties.Windows windows = LenientBinding.bind(binder, "service.windows",
				ServiceProperties.Windows.class, new ServiceProperties.Windows());
		Duration stopWaitHint = LenientBinding
			.bind(binder, "service.shutdown", ServiceProperties.Shutdown.class, new ServiceProperties.Shutdown())
			.getProgressTimeout();
		Duration drain = LenientBinding.bind(binder, "spring.lifecycle.timeout-per-shutdown-phase", Duration.class,
				Duration.ofSeconds(30));
		Duration stopTimeout = windows.getStopTimeout();
		return new WindowsServiceSettings(
				LenientBinding
					.bind(binder, "service.reload", ServiceProperties.Reload.class, new ServiceProperties.Reload())
					.isEnabled(),
				windows.getPause().isEnabled(), windows.isAcceptPreshutdown(), startup.getProgressTimeout(),
				stopWaitHint, startup.getTimeout(),
				(stopTimeout != null) ? stopTimeout : drain.plus(stopWaitHint).plus(STOP_MARGIN));
	}

	private static StandardEnvironment commandLine(String[] args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		return environment;
	}

	/**
	 * Return what detection said when the process connected early.
	 * @return the detection, or {@code null} when it did not connect early
	 */
	@Nullable ServiceManagerDetection earlyDetection() {
		return this.earlyDetection;
	}

	/**
	 * Connect now if that did not happen early, and apply the settings of the prepared
	 * environment, read leniently (invalid values fail the start later, with their
	 * analysis, which the SCM is then told about).
	 * @param binder the environment's binder
	 * @param name the service name, the event source
	 * @return the notifier, or the silent one when native code is not usable
	 */
	ServiceNotifier connect(Binder binder, String name) {
		WindowsServiceSettings settings = settings(binder);
		if (this.workingDirectoryFailure != null) {
			logger.warn(this.workingDirectoryFailure + ": Java resolves relative paths against user.dir, native code "
					+ "against the directory the SCM started the process in");
		}
		WindowsService service = this.service;
		if (service == null) {
			service = this.connector.connectWindows(name, this.actions, settings);
			this.service = service;
		}
		if (service == null) {
			return ServiceNotifier.NONE;
		}
		service.configure(settings);
		// Counted from the JVM's start; nothing can end a hung refresh in an orderly way,
		// so halt.
		service.limitStart(settings.startupTimeout(), ProcessUptime.now(), () -> Runtime.getRuntime().halt(1));
		// A hung stop is ended the same way: SERVICE_STOPPED with ERROR_TIMEOUT, then
		// halt.
		service.limitStop(settings.stopTimeout(), () -> Runtime.getRuntime().halt(1));
		reportStoppedAtExit(service, settings.stopTimeout());
		return this.connector.windowsNotifier(service, name);
	}

	/**
	 * Keep what the process prints, which a service has no console for, in the service's
	 * logs directory: {@code System.err} and the C runtime's standard output and error
	 * (the JVM's own prints) in {@code <name>.err.log}, the JVM's console logging
	 * ({@code -verbose}, {@code -Xlog} without a file) in {@code <name>.jvm.log}. Each
	 * failure is logged and loses only its own part.
	 * @param identity the service's identity
	 */
	void keepStandardStreams(ServiceIdentity identity) {
		Path file = identity.standardErrorFile();
		try {
			StandardErrorFile.redirect(file);
			boolean streams = this.connector.platform().redirectWindowsStandardStreams(file);
			logger.info("Standard error goes to " + file + ", with the JVM's own output"
					+ (streams ? "" : " (written by descriptor; the C runtime's stdout and stderr streams could not be "
							+ "reopened, so the JVM's warnings printed through them are lost)"));
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			logger.warn("Cannot send standard error to " + file + " (" + ex.getMessage() + "); what is not sent "
					+ "there is lost, as a service has no console");
		}
		Path jvmLog = identity.jvmLogFile();
		try {
			List<String> moved = JvmConsoleLogging.moveTo(jvmLog);
			if (!moved.isEmpty()) {
				logger.info("The JVM's logging to " + String.join(" and ", moved) + " goes to " + jvmLog);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot send the JVM's console logging to " + jvmLog + " (" + ex.getMessage()
					+ "); it is lost, as a service has no console");
		}
	}

	/**
	 * Report {@code SERVICE_STOPPED} once the application context has closed, whoever
	 * closed it ({@code SIGTERM}-like stop control, Actuator's {@code shutdown},
	 * {@code SpringApplication.exit}, {@code context.close()}): a bean registered before
	 * any other is destroyed after all of them.
	 * @param context the application context
	 * @param notifier the notifier to report through
	 */
	void reportStoppedWhenClosed(ConfigurableApplicationContext context, ServiceNotifier notifier) {
		if (this.service == null || !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)) {
			return;
		}
		registry.registerDisposableBean(STOPPED_REPORTER_BEAN_NAME, () -> {
			// A start that failed reports from failed(), once its failure has been
			// analysed.
			if (this.started) {
				if (this.exitCode != 0) {
					notifier.exitCode(this.exitCode);
				}
				notifier.stopped();
			}
		});
	}

	/**
	 * The context has been refreshed: from now on a closed context is a stop, not a
	 * failure.
	 */
	void started() {
		this.started = true;
	}

	/**
	 * Remember the exit code the application chose ({@code ExitCodeEvent}), for
	 * {@code SERVICE_STOPPED}.
	 * @param code the exit code
	 */
	void exitCode(int code) {
		this.exitCode = code;
	}

	/**
	 * The start failed on the calling thread: report {@code SERVICE_STOPPED} once that
	 * thread has ended, by which time Spring Boot has reported the failure analysis and
	 * closed the context (released the port and the journal's lock), so a recovery
	 * restart finds them free. Not left to the exit hook alone: threads the application
	 * started may keep the JVM alive.
	 * @param notifier the notifier
	 */
	void failed(ServiceNotifier notifier) {
		if (this.service == null) {
			notifier.stopped();
			return;
		}
		Thread failing = Thread.currentThread();
		Thread reporter = new Thread(() -> {
			try {
				failing.join(FAILED_START_CLOSE_WAIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			notifier.stopped();
		}, "service-failed-start");
		reporter.setDaemon(true);
		reporter.start();
		logger.debug("Start-up failed; SERVICE_STOPPED follows once the application context has closed");
	}

}
