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

package io.github.servicestarter.windows;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import io.github.servicestarter.manager.DaemonScheduler;
import io.github.servicestarter.manager.ProcessUptime;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.windows.ServiceControlManager.StatusReporter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import static io.github.servicestarter.windows.ServiceStatus.ERROR_CALL_NOT_IMPLEMENTED;
import static io.github.servicestarter.windows.ServiceStatus.ERROR_SERVICE_SPECIFIC_ERROR;
import static io.github.servicestarter.windows.ServiceStatus.ERROR_TIMEOUT;
import static io.github.servicestarter.windows.ServiceStatus.NO_ERROR;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_ACCEPT_PARAMCHANGE;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_ACCEPT_PAUSE_CONTINUE;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_ACCEPT_PRESHUTDOWN;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_ACCEPT_SHUTDOWN;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_ACCEPT_STOP;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTINUE_PENDING;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTROL_CONTINUE;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTROL_INTERROGATE;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTROL_PARAMCHANGE;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTROL_PAUSE;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTROL_PRESHUTDOWN;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTROL_SHUTDOWN;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_CONTROL_STOP;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_PAUSED;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_PAUSE_PENDING;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_RUNNING;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_START_PENDING;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_STOPPED;
import static io.github.servicestarter.windows.ServiceStatus.SERVICE_STOP_PENDING;

/**
 * The conversation with the Windows Service Control Manager, as a
 * {@link ServiceNotifier}. {@link #connect()} starts the dispatcher on a dedicated daemon
 * thread (it blocks for the life of the service; an application whose work ends exits as
 * it would from a console, and {@link #reportStoppedAtExit} reports
 * {@code SERVICE_STOPPED} on its way out); the SCM then calls {@code ServiceMain}, which
 * registers the control handler at once. Start-up progress becomes {@code START_PENDING}
 * with increasing checkpoints and the wait hint asked for, readiness {@code RUNNING}, a
 * stop {@code STOP_PENDING} with checkpoints, and {@link #stopped()} the final
 * {@code SERVICE_STOPPED}, with {@code ERROR_SERVICE_SPECIFIC_ERROR} and a
 * service-specific code after a failure so that recovery actions fire. A pause is
 * {@code PAUSE_PENDING} until {@link #paused} reports {@code SERVICE_PAUSED}, a continue
 * {@code CONTINUE_PENDING} until {@link #ready} reports {@code SERVICE_RUNNING}. The
 * control handler returns at once: the stop, the reload, the pause and the continue run
 * on threads of their own ({@link ControlActions}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class WindowsService implements ServiceNotifier {

	/** Service-specific exit code of a start-up failure. */
	public static final int STARTUP_FAILURE_EXIT_CODE = 1;

	/**
	 * Service-specific exit code of a start that did not finish within
	 * {@code service.startup.timeout} (Windows' {@code ERROR_TIMEOUT}).
	 */
	public static final int STARTUP_TIMEOUT_EXIT_CODE = ERROR_TIMEOUT;

	static final String DISPATCHER_THREAD_NAME = "service-dispatcher";

	static final String START_LIMIT_THREAD_NAME = "service-start-limit";

	static final String STOP_LIMIT_THREAD_NAME = "service-stop-limit";

	static final String STOPPED_AT_EXIT_THREAD_NAME = "service-stopped-at-exit";

	private static final Log logger = LogFactory.getLog(WindowsService.class);

	private final ServiceControlManager scm;

	private final String serviceName;

	private final ControlActions actions;

	private int runningControls;

	private boolean pauseAccepted;

	private int startWaitHint;

	private int stopWaitHint;

	private final DaemonScheduler startLimit = new DaemonScheduler(START_LIMIT_THREAD_NAME);

	private final DaemonScheduler stopLimit = new DaemonScheduler(STOP_LIMIT_THREAD_NAME);

	private @Nullable Duration stopDeadline;

	private Runnable stopDeadlineEnd = () -> {
	};

	private boolean stopRequested;

	private boolean detached;

	private boolean stopDuringStart;

	private int win32ExitCode;

	private @Nullable Thread stoppedAtExit;

	private volatile BooleanSupplier orderlyEnd = () -> true;

	private @Nullable Duration connectedAfter;

	private @Nullable Duration configuredAfter;

	private @Nullable StatusReporter reporter;

	private int state = SERVICE_START_PENDING;

	private int checkPoint = 1;

	private int waitHint;

	private int specificExitCode;

	/**
	 * Create the service.
	 * @param scm the service control manager
	 * @param serviceName the service name the SCM knows the service by
	 * @param actions what the controls start
	 * @param settings the settings the command line gives (the early connection): the
	 * controls to accept and the wait hints
	 */
	public WindowsService(ServiceControlManager scm, String serviceName, ControlActions actions,
			WindowsServiceSettings settings) {
		this.scm = scm;
		this.serviceName = serviceName;
		this.actions = actions;
		apply(settings);
		this.waitHint = this.startWaitHint;
	}

	/**
	 * Start the dispatcher thread. Call as early as possible: the SCM waits about 30 s
	 * for the process to connect.
	 * @return the dispatcher thread
	 */
	public Thread connect() {
		Thread dispatcher = new Thread(this::runDispatcher, DISPATCHER_THREAD_NAME);
		dispatcher.setDaemon(true);
		dispatcher.start();
		return dispatcher;
	}

	private void runDispatcher() {
		try {
			this.scm.runDispatcher(this.serviceName, this::serviceMain);
		}
		catch (ScmException ex) {
			if (ex.getErrorCode() == ScmException.SERVICE_ALREADY_RUNNING) {
				logger.info("Another service dispatcher runs in this process (a service wrapper such as procrun in "
						+ "jvm mode) and talks to the Service Control Manager: this one stays out of it");
				detach();
			}
			else if (ex.getErrorCode() == ScmException.FAILED_SERVICE_CONTROLLER_CONNECT) {
				logger.warn("The Service Control Manager does not know this process as service '" + this.serviceName
						+ "' (error 1063): run it with sc start, or set service.manager=none");
			}
			else {
				logger.error("Connecting to the Service Control Manager failed: " + ex.getMessage());
			}
		}
		catch (RuntimeException | LinkageError ex) {
			logger.error("Connecting to the Service Control Manager failed", ex);
		}
	}

	/**
	 * Settings known only once the application's environment is prepared, after the early
	 * connection: which controls {@code SERVICE_RUNNING} accepts and the wait hints from
	 * the next report on.
	 * @param settings the settings
	 */
	public synchronized void configure(WindowsServiceSettings settings) {
		apply(settings);
		if (this.state == SERVICE_START_PENDING) {
			this.waitHint = this.startWaitHint;
		}
		// Logged once logging is set up: the connection is made before Spring Boot
		// configures it.
		this.configuredAfter = ProcessUptime.now();
		if (this.reporter != null) {
			logConnection();
		}
	}

	private void apply(WindowsServiceSettings settings) {
		this.runningControls = runningControls(settings.reload() && this.actions.canReload(),
				settings.acceptPreshutdown());
		this.pauseAccepted = settings.pause() && this.actions.canPause();
		this.startWaitHint = toMillis(settings.startWaitHint());
		this.stopWaitHint = toMillis(settings.stopWaitHint());
	}

	private static int runningControls(boolean paramChange, boolean preshutdown) {
		return SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | (preshutdown ? SERVICE_ACCEPT_PRESHUTDOWN : 0)
				| (paramChange ? SERVICE_ACCEPT_PARAMCHANGE : 0);
	}

	private void logConnection() {
		if (this.connectedAfter != null && this.configuredAfter != null) {
			logger.info("Connected to the Service Control Manager " + this.connectedAfter.toMillis()
					+ " ms after the process started (its settings were read " + this.configuredAfter.toMillis()
					+ " ms after it started)");
		}
	}

	/**
	 * End a start that has not reached {@code SERVICE_RUNNING} within the limit: the SCM
	 * kills nothing when a wait hint passes, it only logs, so a hung start must end
	 * itself. Reports {@code SERVICE_STOPPED} with {@code ERROR_SERVICE_SPECIFIC_ERROR}
	 * and {@link #STARTUP_TIMEOUT_EXIT_CODE}, then runs the given end (which ends the
	 * process).
	 * @param limit how long the start may take ({@code service.startup.timeout})
	 * @param elapsed how much of it has passed already
	 * @param end what ends the process
	 */
	public synchronized void limitStart(Duration limit, Duration elapsed, Runnable end) {
		this.startLimit.after(() -> endHungStart(limit, end), limit.minus(elapsed));
	}

	private void endHungStart(Duration limit, Runnable end) {
		synchronized (this) {
			if (this.detached) {
				return;
			}
			if (this.state == SERVICE_STOP_PENDING && this.stopDuringStart) {
				// The stop was asked for: it ends as a stop, not as a failure recovery
				// would restart.
				logger.error("Start-up did not finish within service.startup.timeout (" + limit.toSeconds()
						+ " s) and the stop asked for during it has not ended it; reporting SERVICE_STOPPED and "
						+ "ending the process");
				stopped();
			}
			else if (this.state == SERVICE_START_PENDING) {
				logger.error("Start-up did not finish within service.startup.timeout (" + limit.toSeconds()
						+ " s); reporting SERVICE_STOPPED with service-specific exit code " + STARTUP_TIMEOUT_EXIT_CODE
						+ " and ending the process, so that the service's recovery actions apply");
				this.specificExitCode = STARTUP_TIMEOUT_EXIT_CODE;
				stopped();
			}
			else {
				return;
			}
		}
		end.run();
	}

	/**
	 * End a stop that has not reached {@code SERVICE_STOPPED} within the deadline: the
	 * SCM has no stop timeout of its own, so a stop that hangs (a {@code @PreDestroy}
	 * that never returns) would leave the service "Stopping" for good, refusing
	 * {@code sc start} and never running its recovery. Once the deadline passes,
	 * {@code SERVICE_STOPPED} is reported with {@link ServiceStatus#ERROR_TIMEOUT} and
	 * the given end runs (which ends the process). The deadline counts from
	 * {@code STOP_PENDING}; set before it, it applies to the next stop.
	 * @param deadline how long a stop may take
	 * @param end what ends the process
	 */
	public synchronized void limitStop(Duration deadline, Runnable end) {
		this.stopDeadline = deadline;
		this.stopDeadlineEnd = end;
		if (this.state == SERVICE_STOP_PENDING && !this.stopLimit.isRunning()) {
			armStopLimit();
		}
	}

	/**
	 * Report {@code SERVICE_STOPPED} when the JVM exits without anyone having reported
	 * it: a stop during a start whose context Spring could not close, an application that
	 * does not register Spring Boot's shutdown hook
	 * ({@code spring.main.register-shutdown-hook=false}), a start that fails before the
	 * context exists, or an application whose work has ended. A process that ends without
	 * {@code SERVICE_STOPPED} is a crash to the SCM, whose recovery then starts the
	 * service again. A JVM shutdown hook, removed again once {@code SERVICE_STOPPED} has
	 * been reported. While the application's orderly end still runs, it reports nothing:
	 * that end reports itself, or the stop deadline ends it. Called again, it keeps the
	 * one hook and waits with the latest {@code orderlyEnd}.
	 * @param orderlyEnd waits (bounded) for the application's own orderly end, and
	 * returns whether it is over
	 */
	public synchronized void reportStoppedAtExit(BooleanSupplier orderlyEnd) {
		this.orderlyEnd = orderlyEnd;
		if (this.stoppedAtExit != null || this.state == SERVICE_STOPPED || this.detached) {
			return;
		}
		Thread hook = new Thread(() -> {
			if (!this.orderlyEnd.getAsBoolean()) {
				return;
			}
			synchronized (this) {
				if (this.state != SERVICE_STOPPED) {
					logger.info("The process is exiting and nothing reported SERVICE_STOPPED; reporting it now");
					stopped();
				}
			}
		}, STOPPED_AT_EXIT_THREAD_NAME);
		Runtime.getRuntime().addShutdownHook(hook);
		this.stoppedAtExit = hook;
	}

	private void armStopLimit() {
		Duration deadline = this.stopDeadline;
		if (deadline == null) {
			return;
		}
		this.stopLimit.after(() -> endHungStop(deadline), deadline);
	}

	private void endHungStop(Duration deadline) {
		Runnable end;
		synchronized (this) {
			if (this.state == SERVICE_STOPPED || this.detached) {
				return;
			}
			logger.error("The stop did not finish within its deadline (" + deadline.toSeconds() + " s, "
					+ "service.windows.stop-timeout); reporting SERVICE_STOPPED with error " + ERROR_TIMEOUT
					+ " and ending the process");
			this.win32ExitCode = ERROR_TIMEOUT;
			this.specificExitCode = 0;
			stopped();
			end = this.stopDeadlineEnd;
		}
		end.run();
	}

	/**
	 * Leave the SCM to another dispatcher: no limit ends the process, no exit reports.
	 */
	private synchronized void detach() {
		this.detached = true;
		cancelStartLimit();
		cancelStopLimit();
		removeStoppedAtExit();
	}

	private void serviceMain(String startedAs) {
		Duration connectedAfter = ProcessUptime.now();
		if (!startedAs.equalsIgnoreCase(this.serviceName)) {
			logger.warn("The Service Control Manager started this process as service '" + startedAs
					+ "', but its service name is '" + this.serviceName + "' (its event source, state directory and "
					+ "metrics): install it with service:install, or add --service.name=" + startedAs
					+ " to its command line");
		}
		StatusReporter reporter;
		try {
			reporter = this.scm.registerHandler(this.serviceName, this::onControl);
		}
		catch (RuntimeException ex) {
			// Nothing can be reported without a handler: the SCM sees the process end, a
			// failure.
			logger.error("Cannot register the service control handler; ending the process", ex);
			startThread(this.actions.stop(), "service-stop");
			return;
		}
		synchronized (this) {
			this.reporter = reporter;
			report();
			this.connectedAfter = connectedAfter;
			if (this.configuredAfter != null) {
				logConnection();
			}
		}
	}

	synchronized int onControl(int control) {
		switch (control) {
			case SERVICE_CONTROL_STOP, SERVICE_CONTROL_SHUTDOWN, SERVICE_CONTROL_PRESHUTDOWN -> {
				if (this.state != SERVICE_STOP_PENDING && this.state != SERVICE_STOPPED) {
					// Asked for: whatever the run reports from now on, it ends as a stop.
					this.stopRequested = true;
					this.stopDuringStart = this.state == SERVICE_START_PENDING;
					this.specificExitCode = 0;
					enterStopPending();
					startThread(this.actions.stop(), "service-stop");
				}
				return NO_ERROR;
			}
			case SERVICE_CONTROL_INTERROGATE -> {
				// Microsoft: nothing may be reported after SERVICE_STOPPED.
				if (this.state != SERVICE_STOPPED) {
					report();
				}
				return NO_ERROR;
			}
			case SERVICE_CONTROL_PARAMCHANGE -> {
				Runnable reload = this.actions.reload();
				if (reload == null || this.state != SERVICE_RUNNING) {
					return ERROR_CALL_NOT_IMPLEMENTED;
				}
				startThread(reload, "service-reload");
				return NO_ERROR;
			}
			case SERVICE_CONTROL_PAUSE -> {
				return pendingControl(SERVICE_RUNNING, SERVICE_PAUSE_PENDING, this.stopWaitHint, this.actions.pause(),
						"service-pause");
			}
			case SERVICE_CONTROL_CONTINUE -> {
				return pendingControl(SERVICE_PAUSED, SERVICE_CONTINUE_PENDING, this.startWaitHint,
						this.actions.resume(), "service-continue");
			}
			default -> {
				return ERROR_CALL_NOT_IMPLEMENTED;
			}
		}
	}

	/**
	 * A pause or a continue: accepted in the state it leaves (anywhere else the current
	 * status is reported again and nothing starts), then pending until the action
	 * reports.
	 */
	private int pendingControl(int from, int pending, int waitHint, @Nullable Runnable action, String threadName) {
		if (!this.pauseAccepted || action == null) {
			return ERROR_CALL_NOT_IMPLEMENTED;
		}
		if (this.state != from) {
			report();
			return NO_ERROR;
		}
		enter(pending, waitHint);
		startThread(action, threadName);
		return NO_ERROR;
	}

	@Override
	public synchronized void progress(String status, Duration extension) {
		if (isPending()) {
			this.checkPoint++;
			this.waitHint = toMillis(extension);
			report();
		}
	}

	private boolean isPending() {
		return this.state == SERVICE_START_PENDING || this.state == SERVICE_STOP_PENDING
				|| this.state == SERVICE_PAUSE_PENDING || this.state == SERVICE_CONTINUE_PENDING;
	}

	@Override
	public synchronized void ready(String status) {
		cancelStartLimit();
		// A start, a continue, or a pause that failed and left the application running.
		if (this.state == SERVICE_START_PENDING || this.state == SERVICE_CONTINUE_PENDING
				|| this.state == SERVICE_PAUSE_PENDING) {
			enter(SERVICE_RUNNING, 0);
		}
	}

	@Override
	public synchronized void paused(String status) {
		if (this.state == SERVICE_PAUSE_PENDING) {
			enter(SERVICE_PAUSED, 0);
		}
	}

	@Override
	public synchronized void stopping(String status) {
		if (this.state != SERVICE_STOP_PENDING && this.state != SERVICE_STOPPED) {
			enterStopPending();
		}
	}

	@Override
	public synchronized void failed(String status, int errno) {
		// A start a stop interrupted fails too; the administrator asked for the stop, and
		// a failure code would have the recovery actions start the service again.
		if (this.state != SERVICE_STOPPED && !this.stopRequested) {
			this.specificExitCode = (errno > 0) ? errno : STARTUP_FAILURE_EXIT_CODE;
		}
	}

	@Override
	public synchronized void exitCode(int code) {
		// A restart request racing a stop control: the stop wins, and nothing restarts
		// the service.
		if (this.state != SERVICE_STOPPED && code != 0 && !this.stopRequested) {
			this.specificExitCode = code;
		}
	}

	@Override
	public synchronized void stopped() {
		cancelStartLimit();
		cancelStopLimit();
		removeStoppedAtExit();
		if (this.state != SERVICE_STOPPED) {
			// Logged first: once SERVICE_STOPPED is reported, the SCM may end the process
			// at any time.
			logger.info("Reporting SERVICE_STOPPED to the Service Control Manager" + ((this.win32ExitCode != 0)
					? " with error " + this.win32ExitCode
					: (this.specificExitCode != 0) ? " with service-specific exit code " + this.specificExitCode : ""));
			enter(SERVICE_STOPPED, 0);
		}
	}

	private void removeStoppedAtExit() {
		Thread hook = this.stoppedAtExit;
		if (hook != null && hook != Thread.currentThread()) {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException ex) {
				// The JVM is already exiting: the hook finds SERVICE_STOPPED reported and
				// does nothing.
			}
		}
		this.stoppedAtExit = null;
	}

	private void cancelStartLimit() {
		this.startLimit.stop();
	}

	private void cancelStopLimit() {
		this.stopLimit.stop();
	}

	private void enterStopPending() {
		enter(SERVICE_STOP_PENDING, this.stopWaitHint);
		armStopLimit();
	}

	/**
	 * Move to a state and report it: a pending state starts at checkpoint 1 with the wait
	 * hint; a settled one carries neither.
	 */
	private void enter(int state, int waitHint) {
		this.state = state;
		boolean pending = isPending();
		this.checkPoint = pending ? 1 : 0;
		this.waitHint = pending ? waitHint : 0;
		report();
	}

	private void report() {
		StatusReporter reporter = this.reporter;
		if (reporter == null) {
			// ServiceMain has not run yet: it reports the latest status when it does.
			return;
		}
		int win32ExitCode = (this.win32ExitCode != 0) ? this.win32ExitCode
				: (this.specificExitCode != 0) ? ERROR_SERVICE_SPECIFIC_ERROR : NO_ERROR;
		try {
			reporter.report(new ServiceStatus(this.state, controlsAccepted(), win32ExitCode, this.specificExitCode,
					this.checkPoint, this.waitHint));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not report the service status to the Service Control Manager: " + ex.getMessage());
		}
	}

	private int controlsAccepted() {
		int pauseContinue = this.pauseAccepted ? SERVICE_ACCEPT_PAUSE_CONTINUE : 0;
		return switch (this.state) {
			case SERVICE_RUNNING -> this.runningControls | pauseContinue;
			// Paused: a reload waits for the continue, a stop does not.
			case SERVICE_PAUSED -> (this.runningControls & ~SERVICE_ACCEPT_PARAMCHANGE) | pauseContinue;
			// A start that hangs can still be stopped.
			case SERVICE_START_PENDING -> SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN;
			default -> 0;
		};
	}

	private static int toMillis(Duration duration) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
	}

	private static void startThread(Runnable action, String name) {
		Thread thread = new Thread(action, name);
		thread.start();
	}

}
