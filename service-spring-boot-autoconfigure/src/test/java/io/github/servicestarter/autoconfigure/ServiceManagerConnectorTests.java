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

import java.time.Duration;

import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.SystemdNotifier;
import io.github.servicestarter.testsupport.FakeHostProcess;
import io.github.servicestarter.testsupport.FakePlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceManagerConnector}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceManagerConnectorTests {

	private final FakePlatform platform = FakePlatform.linux();

	@Test
	void autoDetectsSystemd() {
		ServiceManagerDetection detection = connector(new FakeHostProcess().systemdService("app.service"))
			.detect(ServiceManagerSelection.AUTO);
		assertThat(detection).isEqualTo(new ServiceManagerDetection(ServiceManager.SYSTEMD,
				"parent process is systemd and the cgroup is app.service"));
	}

	@Test
	void autoWithoutManagerIsNone() {
		ServiceManagerDetection detection = connector(new FakeHostProcess()).detect(ServiceManagerSelection.AUTO);
		assertThat(detection.isManaged()).isFalse();
		assertThat(detection.rule()).isEqualTo("not launched by systemd");
	}

	@Test
	void forcedSelectionOverridesDetection() {
		FakeHostProcess underSystemd = new FakeHostProcess().systemdService("app.service");
		assertThat(connector(underSystemd).detect(ServiceManagerSelection.NONE))
			.isEqualTo(ServiceManagerDetection.none("service.manager=none"));
		assertThat(connector(new FakeHostProcess()).detect(ServiceManagerSelection.SYSTEMD))
			.isEqualTo(new ServiceManagerDetection(ServiceManager.SYSTEMD, "service.manager=systemd"));
		assertThat(connector(underSystemd).detect(ServiceManagerSelection.WINDOWS))
			.isEqualTo(new ServiceManagerDetection(ServiceManager.WINDOWS, "service.manager=windows"));
	}

	@Test
	void autoAsksThePlatformsDetection() {
		FakeHostProcess process = new FakeHostProcess();
		ServiceManagerDetection platforms = new ServiceManagerDetection(ServiceManager.WINDOWS,
				"parent is services.exe");
		ServiceManagerConnector connector = new ServiceManagerConnector(process, FakePlatform.windows()
			.detecting((asked) -> (asked == process) ? platforms : ServiceManagerDetection.none("another process")));
		assertThat(connector.detect(ServiceManagerSelection.AUTO)).isSameAs(platforms);
	}

	@Test
	void noManagerGetsTheSilentNotifier() {
		assertThat(connector(new FakeHostProcess()).openNotifier(ServiceManagerDetection.none("test")))
			.isSameAs(ServiceNotifier.NONE);
	}

	@Test
	void systemdWithoutNotifySocketGetsTheSilentNotifier(CapturedOutput output) {
		assertThat(connector(new FakeHostProcess()).openNotifier(systemd())).isSameAs(ServiceNotifier.NONE);
		assertThat(output).contains("not Type=notify");
	}

	@Test
	void systemdWithNotifySocketGetsTheSystemdNotifierWithWatchdog() {
		FakeHostProcess process = new FakeHostProcess().env("NOTIFY_SOCKET", "/run/notify")
			.env("WATCHDOG_USEC", "4000000");
		ServiceNotifier notifier = connector(process).openNotifier(systemd());
		assertThat(notifier).isInstanceOf(SystemdNotifier.class);
		assertThat(notifier.watchdogTimeout()).hasValue(Duration.ofSeconds(4));
		assertThat(this.platform.unsetVariables()).containsExactly("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID");
	}

	@Test
	void environmentIsLeftAloneWithoutANotifySocket() {
		connector(new FakeHostProcess().env("WATCHDOG_USEC", "4000000")).openNotifier(systemd());
		connector(new FakeHostProcess().env("NOTIFY_SOCKET", "/run/notify"))
			.openNotifier(ServiceManagerDetection.none("test"));
		assertThat(this.platform.unsetVariables()).isEmpty();
	}

	@Test
	void garbageNotifySocketIsOneClearWarning(CapturedOutput output) {
		FakeHostProcess process = new FakeHostProcess().env("NOTIFY_SOCKET", "garbage");
		assertThat(connector(process).openNotifier(systemd())).isSameAs(ServiceNotifier.NONE);
		assertThat(output.getOut().split("WARN", -1)).hasSize(2);
		assertThat(output).contains("NOTIFY_SOCKET 'garbage' is neither an absolute socket path");
		assertThat(this.platform.unsetVariables()).contains("NOTIFY_SOCKET");
	}

	@Test
	void garbageWatchdogUsecTurnsTheWatchdogOffOnly(CapturedOutput output) {
		FakeHostProcess process = new FakeHostProcess().env("NOTIFY_SOCKET", "/run/notify").env("WATCHDOG_USEC", "x");
		ServiceNotifier notifier = connector(process).openNotifier(systemd());
		assertThat(notifier).isInstanceOf(SystemdNotifier.class);
		assertThat(notifier.watchdogTimeout()).isEmpty();
		assertThat(output).contains("WATCHDOG_USEC 'x'").contains("watchdog pings are off");
	}

	private static ServiceManagerDetection systemd() {
		return new ServiceManagerDetection(ServiceManager.SYSTEMD, "test");
	}

	private ServiceManagerConnector connector(FakeHostProcess process) {
		// systemd's detection is plain Java over the process facts: the real one.
		return new ServiceManagerConnector(process, this.platform.detecting(Platform.current()::detect));
	}

}
