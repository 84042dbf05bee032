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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Service Control Manager that behaves like the real one where it matters: it runs
 * {@code ServiceMain} on a thread of its own, keeps the dispatcher blocked until
 * {@code SERVICE_STOPPED} is reported, and sends controls from another thread.
 */
final class FakeServiceControlManager implements ServiceControlManager {

	private final List<ServiceStatus> reports = new CopyOnWriteArrayList<>();

	private final CountDownLatch registered = new CountDownLatch(1);

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final boolean notAService;

	private volatile @Nullable ControlHandler handler;

	/**
	 * The name the SCM passes ServiceMain ({@code lpszArgv[0]}), when not the one asked
	 * for.
	 */
	volatile @Nullable String startedAs;

	volatile boolean registrationFails;

	/** The error StartServiceCtrlDispatcherW fails with, or 0. */
	volatile int dispatcherError;

	FakeServiceControlManager() {
		this(false);
	}

	FakeServiceControlManager(boolean notAService) {
		this.notAService = notAService;
	}

	@Override
	public void runDispatcher(String serviceName, Consumer<String> serviceMain) {
		if (this.notAService) {
			throw new ScmException("StartServiceCtrlDispatcherW", ScmException.FAILED_SERVICE_CONTROLLER_CONNECT);
		}
		if (this.dispatcherError != 0) {
			throw new ScmException("StartServiceCtrlDispatcherW", this.dispatcherError);
		}
		String startedAs = (this.startedAs != null) ? this.startedAs : serviceName;
		new Thread(() -> serviceMain.accept(startedAs), "fake-scm-service-main").start();
		try {
			this.stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public StatusReporter registerHandler(String serviceName, ControlHandler handler) {
		if (this.registrationFails) {
			throw new ScmException("RegisterServiceCtrlHandlerExW", 1060);
		}
		this.handler = handler;
		this.registered.countDown();
		return (status) -> {
			this.reports.add(status);
			if (status.currentState() == ServiceStatus.SERVICE_STOPPED) {
				this.stopped.countDown();
			}
		};
	}

	void awaitRegistered() throws InterruptedException {
		assertThat(this.registered.await(10, TimeUnit.SECONDS)).as("ServiceMain registered a handler").isTrue();
	}

	boolean awaitStopped(Duration timeout) throws InterruptedException {
		return this.stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Send a control from an SCM thread, as the real SCM does, and return the handler's
	 * answer.
	 */
	int send(int control) throws Exception {
		ControlHandler handler = this.handler;
		assertThat(handler).as("handler registered").isNotNull();
		return CompletableFuture.supplyAsync(() -> handler.handle(control)).get(5, TimeUnit.SECONDS);
	}

	List<ServiceStatus> reports() {
		return List.copyOf(this.reports);
	}

	ServiceStatus last() {
		List<ServiceStatus> reports = reports();
		return reports.get(reports.size() - 1);
	}

}
