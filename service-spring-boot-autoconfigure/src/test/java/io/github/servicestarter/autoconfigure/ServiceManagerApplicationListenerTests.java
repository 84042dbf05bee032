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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.servicestarter.lifecycle.StartupProgressBeanPostProcessor;
import io.github.servicestarter.logging.JournalLoggingApplicationListener;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.testsupport.FakeHostProcess;
import io.github.servicestarter.testsupport.UnixDatagramReceiver;
import io.github.servicestarter.windows.EventLoggingNotifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.AbstractBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ServiceManagerApplicationListener}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceManagerApplicationListenerTests {

	@Test
	void runsAfterBootInitialisedLoggingAndTheJournalListenerReplacedTheConsoleAppender() {
		int journal = new JournalLoggingApplicationListener().getOrder();
		assertThat(journal).isGreaterThan(LoggingApplicationListener.DEFAULT_ORDER);
		assertThat(new ServiceManagerApplicationListener(new FakeHostProcess()).getOrder()).isGreaterThan(journal);
	}

	@Test
	void underSystemdTheEarlyRunIsTheOneTheBeansComeFrom(CapturedOutput output) {
		FakeHostProcess process = new FakeHostProcess().pid(31).env("SYSTEMD_EXEC_PID", "31");
		try (ConfigurableApplicationContext context = run(process)) {
			ServiceManagerRun run = context.getBean(ServiceManagerRun.class);
			assertThat(context.getBeanNamesForType(ServiceManagerRun.class))
				.containsExactly(ServiceManagerRun.BEAN_NAME);
			assertThat(run.detection().rule()).isEqualTo("SYSTEMD_EXEC_PID equals the process id 31");
			assertThat(context.getBean(ServiceManagerDetection.class)).isSameAs(run.detection());
			assertThat(run.startupProgress()).isNotNull();
			// systemd launched us without a notify socket: nothing to send to.
			assertThat(context.getBean(ServiceNotifier.class)).isSameAs(run.notifier()).isSameAs(ServiceNotifier.NONE);
		}
		assertThat(output.getOut().split("Service manager: systemd \\(SYSTEMD_EXEC_PID equals", -1)).hasSize(2);
	}

	@Test
	void uncaughtExceptionsNameTheServiceAsTheUnitDoes(CapturedOutput output) {
		FakeHostProcess process = new FakeHostProcess().pid(31)
			.env("SYSTEMD_EXEC_PID", "31")
			.systemdService("orders.service");
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		// The listener installs its handler once per JVM: start from none, as a fresh JVM
		// does.
		Thread.setDefaultUncaughtExceptionHandler(null);
		try (ConfigurableApplicationContext context = run(process, "--spring.application.name=shop")) {
			Thread.getDefaultUncaughtExceptionHandler()
				.uncaughtException(Thread.currentThread(), new IllegalStateException("probe"));
			assertThat(output).contains("of service orders: java.lang.IllegalStateException: probe");
		}
		try {
			assertThat(Thread.getDefaultUncaughtExceptionHandler()).as("the handler ends with the run").isNull();
		}
		finally {
			Thread.setDefaultUncaughtExceptionHandler(previous);
		}
	}

	@Test
	void invalidConfigurationIsReportedToSystemdBeforeStartUpFails(@TempDir Path directory) throws Exception {
		String socket = directory.resolve("notify").toString();
		FakeHostProcess process = new FakeHostProcess().systemdService("app.service").env("NOTIFY_SOCKET", socket);
		try (UnixDatagramReceiver systemd = UnixDatagramReceiver.bind(socket, Duration.ofSeconds(5))) {
			assertThatException().isThrownBy(() -> run(process, "--service.manager=sometimes"))
				.havingRootCause()
				.withMessageContaining("sometimes");
			assertThat(systemd.receive()).startsWith("STATUS=Failed to start: ").contains("service.manager");
			assertThat(systemd.receive())
				.isEqualTo("STATUS=Failed to start: Invalid setting service.manager=sometimes: "
						+ "it must be one of auto, systemd, windows, none");
		}
	}

	@Test
	void forcedWindowsWithoutWindowsKeepsTheApplicationRunning(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = run(new FakeHostProcess(), "--service.manager=windows")) {
			assertThat(context.getBean(ServiceManagerDetection.class).rule()).isEqualTo("service.manager=windows");
			assertThat(context.getBean(ServiceNotifier.class)).isInstanceOf(EventLoggingNotifier.class);
			assertThat(context.isActive()).isTrue();
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(output).contains("Connecting to the Service Control Manager failed"));
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().equals("service-dispatcher") && thread.isAlive());
	}

	@Test
	void serviceCommandRunsBeforeAnyContextAndExits(CapturedOutput output) {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		SpringApplication application = commandLineApplication(printed);
		assertThatException().isThrownBy(() -> application.run("service:unit", "--service.name=probe"))
			.isInstanceOf(ExitRequested.class)
			.satisfies((ex) -> assertThat(((ExitRequested) ex).code).isEqualTo(2));
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.contains("service:install needs the application packaged as an executable jar");
		assertThat(output).doesNotContain("Started ").doesNotContain("needs the application packaged");
		assertThatException().isThrownBy(() -> application.run("service:nonsense"))
			.satisfies((ex) -> assertThat(((ExitRequested) ex).code).isEqualTo(2));
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Unknown command 'service:nonsense'");
	}

	@Test
	void anInvalidSettingStopsTheInstallWithTheSettingNamed() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		SpringApplication application = commandLineApplication(printed);
		assertThatException()
			.isThrownBy(() -> application.run("service:install", "--service.watchdog.health-grace=soon"))
			.satisfies((ex) -> assertThat(((ExitRequested) ex).code).isEqualTo(2));
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.contains("Invalid setting service.watchdog.health-grace=soon")
			.contains("Nothing was installed or changed");
	}

	@Test
	void withoutManagerNothingIsRegisteredEarly(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run(new FakeHostProcess())) {
			assertThat(((AbstractBeanFactory) context.getBeanFactory()).getBeanPostProcessors())
				.noneMatch(StartupProgressBeanPostProcessor.class::isInstance);
			assertThat(context.getBean(ServiceManagerDetection.class).isManaged()).isFalse();
		}
		assertThat(output).contains("No service manager (not launched by systemd): service integration inactive");
	}

	@Test
	void disabledDetectsNothing(CapturedOutput output) {
		FakeHostProcess process = new FakeHostProcess().pid(31).env("SYSTEMD_EXEC_PID", "31");
		try (ConfigurableApplicationContext context = run(process, "--service.enabled=false")) {
			assertThat(context.getBeansOfType(ServiceManagerRun.class)).isEmpty();
			assertThat(context.getBeansOfType(ServiceManagerDetection.class)).isEmpty();
		}
		assertThat(output).contains("Service manager integration disabled (service.enabled=false)");
	}

	/** An application whose listener prints to the given stream and exits by throwing. */
	private static SpringApplication commandLineApplication(ByteArrayOutputStream printed) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setListeners(List.of(new ServiceManagerApplicationListener(new FakeHostProcess(), (code) -> {
			throw new ExitRequested(code);
		}, new PrintStream(printed, true, StandardCharsets.UTF_8))));
		return application;
	}

	private static ConfigurableApplicationContext run(FakeHostProcess process, String... args) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setListeners(List.of(new ServiceManagerApplicationListener(process)));
		return application.run(args);
	}

	static final class ExitRequested extends RuntimeException {

		final int code;

		ExitRequested(int code) {
			super("exit " + code);
			this.code = code;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ApplicationAvailabilityAutoConfiguration.class, ServiceAutoConfiguration.class })
	static class TestApplication {

	}

}
