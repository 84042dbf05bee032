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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.util.ReflectionTestUtils;

import static io.github.servicestarter.windows.ServiceStatus.ERROR_CALL_NOT_IMPLEMENTED;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link WindowsService}.
 */
@ExtendWith(OutputCaptureExtension.class)
class WindowsServiceTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final FakeServiceControlManager scm = new FakeServiceControlManager();

	private final AtomicInteger stops = new AtomicInteger();

	private final AtomicInteger reloads = new AtomicInteger();

	private final AtomicInteger pauses = new AtomicInteger();

	private final AtomicInteger resumes = new AtomicInteger();

	/**
	 * The configured service.startup.progress-timeout and
	 * service.shutdown.progress-timeout.
	 */
	private static final Duration START_HINT = Duration.ofSeconds(45);

	private static final Duration STOP_HINT = Duration.ofSeconds(12);

	private static final Duration LIMIT = Duration.ofMinutes(1);

	@Test
	void startPendingWithGrowingCheckpointsThenRunningThenStopPendingThenStopped() throws Exception {
		WindowsService service = service(false, false);
		Thread dispatcher = startPending(service);
		service.progress("starting", Duration.ofSeconds(30));
		service.progress("starting", Duration.ofSeconds(5));
		service.ready("ready");
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		await().atMost(WAIT).until(() -> this.stops.get() == 1);
		service.progress("draining", Duration.ofSeconds(10));
		service.progress("draining", Duration.ofSeconds(10));
		service.stopped();
		assertThat(this.scm.reports())
			.extracting(ServiceStatus::currentState, ServiceStatus::checkPoint, ServiceStatus::waitHint)
			.containsExactly(tuple(SERVICE_START_PENDING, 1, 45000), tuple(SERVICE_START_PENDING, 2, 30000),
					tuple(SERVICE_START_PENDING, 3, 5000), tuple(SERVICE_RUNNING, 0, 0),
					tuple(SERVICE_STOP_PENDING, 1, 12000), tuple(SERVICE_STOP_PENDING, 2, 10000),
					tuple(SERVICE_STOP_PENDING, 3, 10000), tuple(SERVICE_STOPPED, 0, 0));
		assertThat(this.scm.last().win32ExitCode()).isEqualTo(NO_ERROR);
		dispatcher.join(WAIT.toMillis());
		assertThat(dispatcher.isAlive()).as("dispatcher returns after STOPPED").isFalse();
		assertThat(dispatcher.isDaemon()).as("an application whose work ends exits").isTrue();
	}

	@Test
	void reportsMadeBeforeServiceMainAreNotLostButTheLatestIsSent() throws Exception {
		WindowsService service = service(false, false);
		service.progress("starting", Duration.ofSeconds(7));
		service.progress("starting", Duration.ofSeconds(8));
		startPending(service);
		assertThat(this.scm.reports().get(0))
			.extracting(ServiceStatus::currentState, ServiceStatus::checkPoint, ServiceStatus::waitHint)
			.containsExactly(SERVICE_START_PENDING, 3, 8000);
		service.stopped();
	}

	@Test
	void controlsAcceptedAreAcceptFlagsOnly() throws Exception {
		WindowsService service = running(service(true, true));
		assertThat(this.scm.last().controlsAccepted()).isEqualTo(SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN
				| SERVICE_ACCEPT_PRESHUTDOWN | SERVICE_ACCEPT_PARAMCHANGE);
		service.stopped();
	}

	@Test
	void plainServiceAcceptsStopAndShutdownOnly() throws Exception {
		WindowsService service = running(service(false, false));
		assertThat(this.scm.last().controlsAccepted()).isEqualTo(SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN);
		assertThat(this.scm.send(SERVICE_CONTROL_PARAMCHANGE)).isEqualTo(ERROR_CALL_NOT_IMPLEMENTED);
		service.stopped();
	}

	@Test
	void stopDuringStartPendingIsHonoured() throws Exception {
		WindowsService service = service(false, false);
		startPending(service);
		assertThat(this.scm.last().controlsAccepted()).isEqualTo(SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN);
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		await().atMost(WAIT).until(() -> this.stops.get() == 1);
		service.ready("too late");
		assertThat(this.scm.last().currentState()).isEqualTo(SERVICE_STOP_PENDING);
		assertThat(this.scm.last().controlsAccepted()).isZero();
		service.stopped();
	}

	@Test
	void stopTwiceStartsOneStop() throws Exception {
		WindowsService service = running(service(false, false));
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		service.stopping("Stopping");
		// The handler starts a stop's thread before it answers: once every such thread
		// ended, the count is final.
		await().atMost(WAIT)
			.until(() -> this.stops.get() >= 1 && Thread.getAllStackTraces()
				.keySet()
				.stream()
				.noneMatch((thread) -> thread.getName().equals("service-stop")));
		assertThat(this.stops).hasValue(1);
		assertThat(this.scm.reports()).filteredOn((status) -> status.currentState() == SERVICE_STOP_PENDING).hasSize(1);
		service.stopped();
	}

	@Test
	void shutdownAndPreshutdownStopLikeStop() throws Exception {
		for (int control : List.of(SERVICE_CONTROL_SHUTDOWN, SERVICE_CONTROL_PRESHUTDOWN)) {
			FakeServiceControlManager scm = new FakeServiceControlManager();
			AtomicInteger stops = new AtomicInteger();
			WindowsService service = new WindowsService(scm, "svc", ControlActions.stopOnly(stops::incrementAndGet),
					settings(true));
			registered(service, scm);
			service.ready("ready");
			assertThat(scm.send(control)).isEqualTo(NO_ERROR);
			await().atMost(WAIT).until(() -> stops.get() == 1);
			assertThat(scm.last().currentState()).isEqualTo(SERVICE_STOP_PENDING);
			service.stopped();
		}
	}

	@Test
	void interrogateAnswersWithTheCurrentStatus() throws Exception {
		WindowsService service = running(service(false, false));
		int before = this.scm.reports().size();
		assertThat(this.scm.send(SERVICE_CONTROL_INTERROGATE)).isEqualTo(NO_ERROR);
		assertThat(this.scm.reports()).hasSize(before + 1);
		assertThat(this.scm.last().currentState()).isEqualTo(SERVICE_RUNNING);
		assertThat(this.scm.send(0x80)).isEqualTo(ERROR_CALL_NOT_IMPLEMENTED);
		service.stopped();
	}

	@Test
	void paramChangeReloadsOnItsOwnThreadWhenEnabled() throws Exception {
		WindowsService service = running(service(true, false));
		assertThat(this.scm.send(SERVICE_CONTROL_PARAMCHANGE)).isEqualTo(NO_ERROR);
		await().atMost(WAIT).until(() -> this.reloads.get() == 1);
		service.stopped();
	}

	@Test
	void failedStartEndsWithServiceSpecificErrorSoRecoveryFires() throws Exception {
		WindowsService service = service(false, false);
		Thread dispatcher = registered(service, this.scm);
		service.failed("Failed to start: port in use", 0);
		service.stopped();
		assertThat(this.scm.awaitStopped(WAIT)).isTrue();
		assertThat(this.scm.last())
			.extracting(ServiceStatus::currentState, ServiceStatus::win32ExitCode,
					ServiceStatus::serviceSpecificExitCode)
			.containsExactly(SERVICE_STOPPED, ServiceStatus.ERROR_SERVICE_SPECIFIC_ERROR,
					WindowsService.STARTUP_FAILURE_EXIT_CODE);
		dispatcher.join(WAIT.toMillis());
		assertThat(dispatcher.isAlive()).isFalse();
	}

	@Test
	void exitCodeOfARequestedRestartIsReported() throws Exception {
		WindowsService service = running(service(false, false));
		service.exitCode(75);
		service.stopping("Stopping");
		service.stopped();
		assertThat(this.scm.last().serviceSpecificExitCode()).isEqualTo(75);
		assertThat(this.scm.last().win32ExitCode()).isEqualTo(ServiceStatus.ERROR_SERVICE_SPECIFIC_ERROR);
	}

	@Test
	void notStartedByTheScmIsOneClearWarning(CapturedOutput output) throws Exception {
		WindowsService service = new WindowsService(new FakeServiceControlManager(true), "svc",
				ControlActions.stopOnly(() -> {
				}), settings(false));
		Thread dispatcher = service.connect();
		dispatcher.join(WAIT.toMillis());
		assertThat(dispatcher.isAlive()).isFalse();
		assertThat(output).contains("does not know this process as service 'svc' (error 1063)");
	}

	@Test
	void startThatHangsPastTheLimitReportsStoppedWithTheTimeoutCodeThenEndsTheProcess() throws Exception {
		WindowsService service = service(false, false);
		registered(service, this.scm);
		CountDownLatch ended = new CountDownLatch(1);
		service.limitStart(Duration.ofSeconds(10), Duration.ofMillis(9950), ended::countDown);
		assertThat(ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		assertThat(this.scm.last())
			.extracting(ServiceStatus::currentState, ServiceStatus::win32ExitCode,
					ServiceStatus::serviceSpecificExitCode)
			.containsExactly(SERVICE_STOPPED, ServiceStatus.ERROR_SERVICE_SPECIFIC_ERROR,
					WindowsService.STARTUP_TIMEOUT_EXIT_CODE);
	}

	@Test
	void stopThatHangsPastItsDeadlineReportsStoppedWithErrorTimeoutThenEndsTheProcess() throws Exception {
		// What Wine cannot show: that the SCM itself never ends a stop (SetServiceStatus,
		// Remarks: a service must reach SERVICE_STOPPED); the Wine suite shows the
		// deadline firing.
		WindowsService service = running(service(false, false));
		CountDownLatch ended = new CountDownLatch(1);
		service.limitStop(Duration.ofMillis(200), ended::countDown);
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		assertThat(ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		assertThat(this.scm.last())
			.extracting(ServiceStatus::currentState, ServiceStatus::win32ExitCode,
					ServiceStatus::serviceSpecificExitCode)
			.containsExactly(SERVICE_STOPPED, ServiceStatus.ERROR_TIMEOUT, 0);
	}

	@Test
	void stopThatEndsInTimeDisarmsItsDeadline() throws Exception {
		WindowsService service = running(service(false, false));
		AtomicInteger ended = new AtomicInteger();
		service.limitStop(Duration.ofHours(1), ended::incrementAndGet);
		this.scm.send(SERVICE_CONTROL_STOP);
		service.stopped();
		await().atMost(WAIT)
			.until(() -> Thread.getAllStackTraces()
				.keySet()
				.stream()
				.noneMatch((thread) -> thread.getName().equals(WindowsService.STOP_LIMIT_THREAD_NAME)));
		assertThat(ended).hasValue(0);
		assertThat(this.scm.last().win32ExitCode()).isEqualTo(NO_ERROR);
	}

	@Test
	void aStopDuringStartPendingEndsAsAStopWhateverTheStartReportsAfterIt() throws Exception {
		// Microsoft: failure actions run when SERVICE_STOPPED carries an error
		// (SERVICE_FAILURE_ACTIONS_FLAG); Wine keeps no failure actions, so only the code
		// shows there.
		WindowsService service = service(false, false);
		startPending(service);
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		service.failed("Failed to start: interrupted by the stop", 0);
		service.exitCode(75);
		service.stopped();
		assertThat(this.scm.awaitStopped(WAIT)).isTrue();
		assertThat(this.scm.last())
			.extracting(ServiceStatus::currentState, ServiceStatus::win32ExitCode,
					ServiceStatus::serviceSpecificExitCode)
			.containsExactly(SERVICE_STOPPED, NO_ERROR, 0);
	}

	@Test
	void aRestartRacingAStopEndsAsTheStop() throws Exception {
		WindowsService service = running(service(false, false));
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		service.exitCode(75);
		service.stopped();
		assertThat(this.scm.last().serviceSpecificExitCode()).isZero();
		assertThat(this.scm.last().win32ExitCode()).isEqualTo(NO_ERROR);
	}

	@Test
	void theStartLimitKeepsWatchingAStopThatBeganDuringTheStart() throws Exception {
		WindowsService service = service(false, false);
		registered(service, this.scm);
		CountDownLatch ended = new CountDownLatch(1);
		service.limitStart(Duration.ofSeconds(10), Duration.ofMillis(9800), ended::countDown);
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		assertThat(ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		assertThat(this.scm.last()).extracting(ServiceStatus::currentState, ServiceStatus::win32ExitCode)
			.containsExactly(SERVICE_STOPPED, NO_ERROR);
	}

	@Test
	void startThatFinishesInTimeIsNotEnded() throws Exception {
		WindowsService service = service(false, false);
		AtomicInteger ended = new AtomicInteger();
		service.limitStart(Duration.ofHours(1), Duration.ZERO, ended::incrementAndGet);
		running(service);
		// RUNNING cancels the limit: its timer thread ends, and with it any chance to
		// fire.
		await().atMost(WAIT)
			.until(() -> Thread.getAllStackTraces()
				.keySet()
				.stream()
				.noneMatch((thread) -> thread.getName().equals(WindowsService.START_LIMIT_THREAD_NAME)));
		assertThat(ended).hasValue(0);
		service.stopped();
	}

	@Test
	void settingsReadAfterTheEarlyConnectionDecideControlsAndWaitHints() throws Exception {
		WindowsService service = new WindowsService(this.scm, "svc",
				ControlActions.stopOnly(this.stops::incrementAndGet).withReload(this.reloads::incrementAndGet),
				settings(true));
		startPending(service);
		assertThat(this.scm.reports().get(0).waitHint()).as("from the command line, before application.yml")
			.isEqualTo(45000);
		service.configure(new WindowsServiceSettings(false, false, false, Duration.ofSeconds(50),
				Duration.ofSeconds(20), LIMIT, LIMIT));
		assertThat(this.scm.send(SERVICE_CONTROL_INTERROGATE)).isEqualTo(NO_ERROR);
		assertThat(this.scm.last().waitHint()).isEqualTo(50000);
		service.ready("ready");
		assertThat(this.scm.last().controlsAccepted()).isEqualTo(SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN);
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		assertThat(this.scm.last()).extracting(ServiceStatus::currentState, ServiceStatus::waitHint)
			.containsExactly(SERVICE_STOP_PENDING, 20000);
		service.stopped();
	}

	@Test
	void pauseIsPausePendingUntilThePauseReportsThenPausedAndContinueIsContinuePendingUntilReady() throws Exception {
		WindowsService service = running(pausable());
		assertThat(this.scm.last().controlsAccepted() & SERVICE_ACCEPT_PAUSE_CONTINUE).isNotZero();
		assertThat(this.scm.send(SERVICE_CONTROL_PAUSE)).isEqualTo(NO_ERROR);
		await().atMost(WAIT).until(() -> this.pauses.get() == 1);
		assertThat(this.scm.last())
			.extracting(ServiceStatus::currentState, ServiceStatus::checkPoint, ServiceStatus::waitHint,
					ServiceStatus::controlsAccepted)
			.containsExactly(SERVICE_PAUSE_PENDING, 1, 12000, 0);
		service.progress("pausing", Duration.ofSeconds(7));
		service.paused("Paused");
		assertThat(this.scm.last()).extracting(ServiceStatus::currentState, ServiceStatus::controlsAccepted)
			.containsExactly(SERVICE_PAUSED, SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN | SERVICE_ACCEPT_PRESHUTDOWN
					| SERVICE_ACCEPT_PAUSE_CONTINUE);
		assertThat(this.scm.send(SERVICE_CONTROL_CONTINUE)).isEqualTo(NO_ERROR);
		await().atMost(WAIT).until(() -> this.resumes.get() == 1);
		assertThat(this.scm.last())
			.extracting(ServiceStatus::currentState, ServiceStatus::checkPoint, ServiceStatus::waitHint)
			.containsExactly(SERVICE_CONTINUE_PENDING, 1, 45000);
		service.ready("Continued");
		assertThat(this.scm.reports()).extracting(ServiceStatus::currentState, ServiceStatus::checkPoint)
			.containsSubsequence(tuple(SERVICE_RUNNING, 0), tuple(SERVICE_PAUSE_PENDING, 1),
					tuple(SERVICE_PAUSE_PENDING, 2), tuple(SERVICE_PAUSED, 0), tuple(SERVICE_CONTINUE_PENDING, 1),
					tuple(SERVICE_RUNNING, 0));
		service.stopped();
	}

	@Test
	void aPausedServiceStopsAndRefusesReloadUntilItContinues() throws Exception {
		WindowsService service = running(pausable());
		this.scm.send(SERVICE_CONTROL_PAUSE);
		service.paused("Paused");
		assertThat(this.scm.send(SERVICE_CONTROL_PARAMCHANGE)).isEqualTo(ERROR_CALL_NOT_IMPLEMENTED);
		assertThat(this.scm.send(SERVICE_CONTROL_STOP)).isEqualTo(NO_ERROR);
		await().atMost(WAIT).until(() -> this.stops.get() == 1);
		assertThat(this.scm.last().currentState()).isEqualTo(SERVICE_STOP_PENDING);
		service.stopped();
		assertThat(this.scm.last()).extracting(ServiceStatus::currentState, ServiceStatus::win32ExitCode)
			.containsExactly(SERVICE_STOPPED, NO_ERROR);
	}

	@Test
	void aPauseThatFailsReportsRunningAgain() throws Exception {
		WindowsService service = running(pausable());
		this.scm.send(SERVICE_CONTROL_PAUSE);
		await().atMost(WAIT).until(() -> this.pauses.get() == 1);
		service.ready("Pause failed");
		assertThat(this.scm.last().currentState()).isEqualTo(SERVICE_RUNNING);
		service.stopped();
	}

	@Test
	void pauseAndContinueAreRefusedWhenSwitchedOffOrInTheWrongState() throws Exception {
		WindowsService plain = running(service(false, false));
		assertThat(this.scm.last().controlsAccepted() & SERVICE_ACCEPT_PAUSE_CONTINUE).isZero();
		assertThat(this.scm.send(SERVICE_CONTROL_PAUSE)).isEqualTo(ERROR_CALL_NOT_IMPLEMENTED);
		plain.stopped();
		FakeServiceControlManager scm = new FakeServiceControlManager();
		WindowsService off = new WindowsService(scm, "svc", pauseActions(), settings(true));
		off.configure(new WindowsServiceSettings(true, false, true, START_HINT, STOP_HINT, LIMIT, LIMIT));
		running(off);
		assertThat(scm.last().controlsAccepted() & SERVICE_ACCEPT_PAUSE_CONTINUE).isZero();
		assertThat(scm.send(SERVICE_CONTROL_PAUSE)).isEqualTo(ERROR_CALL_NOT_IMPLEMENTED);
		off.stopped();
		FakeServiceControlManager another = new FakeServiceControlManager();
		WindowsService running = running(new WindowsService(another, "svc", pauseActions(), settings(true)));
		// CONTINUE of a running service starts nothing and reports what is.
		assertThat(another.send(SERVICE_CONTROL_CONTINUE)).isEqualTo(NO_ERROR);
		assertThat(another.last().currentState()).isEqualTo(SERVICE_RUNNING);
		assertThat(this.resumes).hasValue(0);
		running.stopped();
	}

	@Test
	void nothingIsReportedAfterStoppedNotEvenForInterrogate() throws Exception {
		// Microsoft (SetServiceStatus): a service must not report after SERVICE_STOPPED,
		// as the SCM may have released the handle; Wine's SCM does not enforce it.
		WindowsService service = running(service(false, false));
		service.stopped();
		int reports = this.scm.reports().size();
		assertThat(this.scm.send(SERVICE_CONTROL_INTERROGATE)).isEqualTo(NO_ERROR);
		service.stopped();
		assertThat(this.scm.reports()).hasSize(reports);
	}

	@Test
	void aServiceStartedUnderAnotherNameSaysWhichNameToSet(CapturedOutput output) throws Exception {
		// Wine's sc passes the name too, but this shows the message without a second
		// registration.
		this.scm.startedAs = "HandMade";
		WindowsService service = running(service(false, false));
		assertThat(output).contains("started this process as service 'HandMade', but its service name is 'svc'",
				"add --service.name=HandMade");
		service.stopped();
	}

	@Test
	void aControlHandlerThatCannotBeRegisteredEndsTheProcessInOrder(CapturedOutput output) throws Exception {
		// Microsoft: without a status handle nothing can be reported, not even
		// SERVICE_STOPPED; the SCM then sees the process end as a failure. Wine does not
		// fail the registration.
		this.scm.registrationFails = true;
		service(false, false).connect();
		await().atMost(WAIT).until(() -> this.stops.get() == 1);
		assertThat(output).contains("Cannot register the service control handler; ending the process");
		assertThat(this.scm.reports()).isEmpty();
	}

	@Test
	void anotherDispatcherInTheProcessLeavesTheScmToItAndNoLimitEndsTheProcess(CapturedOutput output) throws Exception {
		// What Wine cannot show: procrun in jvm mode, whose own dispatcher runs in the
		// JVM's process. Microsoft: "Each process can call StartServiceCtrlDispatcher
		// only one time"; the second call fails with ERROR_SERVICE_ALREADY_RUNNING
		// (1056).
		FakeServiceControlManager scm = new FakeServiceControlManager();
		scm.dispatcherError = ScmException.SERVICE_ALREADY_RUNNING;
		WindowsService service = new WindowsService(scm, "svc", ControlActions.stopOnly(this.stops::incrementAndGet),
				settings(false));
		AtomicInteger ended = new AtomicInteger();
		// Five seconds left: the dispatcher's failure detaches the service long before,
		// and a limit that was not cancelled would end the process within the wait below.
		service.limitStart(Duration.ofSeconds(10), Duration.ofSeconds(5), ended::incrementAndGet);
		Thread dispatcher = service.connect();
		dispatcher.join(WAIT.toMillis());
		assertThat(output).contains("Another service dispatcher runs in this process");
		assertThat(output).doesNotContain("Connecting to the Service Control Manager failed");
		await().atMost(WAIT)
			.until(() -> Thread.getAllStackTraces()
				.keySet()
				.stream()
				.noneMatch((thread) -> thread.getName().equals(WindowsService.START_LIMIT_THREAD_NAME)));
		assertThat(ended).hasValue(0);
		assertThat(scm.reports()).isEmpty();
	}

	/** Reload and pause accepted where the actions allow them, the test's wait hints. */
	private static WindowsServiceSettings settings(boolean acceptPreshutdown) {
		return new WindowsServiceSettings(true, true, acceptPreshutdown, START_HINT, STOP_HINT, LIMIT, LIMIT);
	}

	private WindowsService pausable() {
		return new WindowsService(this.scm, "svc", pauseActions(), settings(true));
	}

	private ControlActions pauseActions() {
		return ControlActions.stopOnly(this.stops::incrementAndGet)
			.withReload(this.reloads::incrementAndGet)
			.withPause(this.pauses::incrementAndGet, this.resumes::incrementAndGet);
	}

	private WindowsService service(boolean reload, boolean preshutdown) {
		ControlActions actions = ControlActions.stopOnly(this.stops::incrementAndGet);
		return new WindowsService(this.scm, "svc", reload ? actions.withReload(this.reloads::incrementAndGet) : actions,
				settings(preshutdown));
	}

	/**
	 * Connect, and wait until the dispatcher has registered the control handler.
	 */
	private static Thread registered(WindowsService service, FakeServiceControlManager scm)
			throws InterruptedException {
		Thread dispatcher = service.connect();
		scm.awaitRegistered();
		return dispatcher;
	}

	/**
	 * Connect, and wait for START_PENDING, which the service's thread reports once the
	 * handler is registered.
	 */
	private Thread startPending(WindowsService service) throws InterruptedException {
		Thread dispatcher = registered(service, this.scm);
		await().atMost(WAIT).until(() -> !this.scm.reports().isEmpty());
		return dispatcher;
	}

	private WindowsService running(WindowsService service) throws Exception {
		FakeServiceControlManager scm = (FakeServiceControlManager) ReflectionTestUtils.getField(service, "scm");
		registered(service, scm);
		service.ready("ready");
		await().atMost(WAIT).until(() -> scm.reports().stream().anyMatch((s) -> s.currentState() == SERVICE_RUNNING));
		return service;
	}

}
