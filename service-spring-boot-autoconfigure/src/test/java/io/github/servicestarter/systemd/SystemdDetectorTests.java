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

package io.github.servicestarter.systemd;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SystemdDetector}.
 */
class SystemdDetectorTests {

	@Test
	void execPidEqualToOurPidDecides() {
		FakeHostProcess process = new FakeHostProcess().pid(77).env("SYSTEMD_EXEC_PID", "77");
		assertThat(new SystemdDetector(process).detect()).hasValue("SYSTEMD_EXEC_PID equals the process id 77");
	}

	@Test
	void execPidOfAnotherProcessIsNotEnough() {
		FakeHostProcess process = new FakeHostProcess().pid(77).env("SYSTEMD_EXEC_PID", "76");
		assertThat(new SystemdDetector(process).detect()).isEmpty();
	}

	@Test
	void childThatInheritedTheNotifySocketOfTheServiceIsNoService() {
		// A process the service started with ProcessBuilder: the JVM copies its
		// environment at start, so removing NOTIFY_SOCKET with unsetenv does not reach
		// the child's copy.
		FakeHostProcess child = new FakeHostProcess().pid(78)
			.parent("java")
			.env("SYSTEMD_EXEC_PID", "77")
			.env("NOTIFY_SOCKET", "/run/systemd/notify");
		assertThat(new SystemdDetector(child).detect()).isEmpty();
		FakeHostProcess beforeSystemd248 = new FakeHostProcess().pid(78).parent("java").env("NOTIFY_SOCKET", "/run/x");
		assertThat(new SystemdDetector(beforeSystemd248).detect()).hasValue("NOTIFY_SOCKET is set");
	}

	@Test
	void pidOneWithNotifySocketIsAContainerUnderSystemd() {
		FakeHostProcess process = new FakeHostProcess().pid(1).parent(null).env("LISTEN_PID", "1");
		assertThat(new SystemdDetector(process).detect()).hasValue("process id 1 with NOTIFY_SOCKET or LISTEN_PID set");
	}

	@Test
	void pidOneAloneIsNotSystemd() {
		assertThat(new SystemdDetector(new FakeHostProcess().pid(1).parent(null)).detect()).isEmpty();
	}

	@Test
	void parentNamedSystemdWithAServiceCgroupDecides() {
		assertThat(new SystemdDetector(new FakeHostProcess().systemdService("app.service")).detect())
			.hasValue("parent process is systemd and the cgroup is app.service");
	}

	@Test
	void processReparentedToSystemdFromALoginSessionIsNotAService() {
		// nohup java -jar app.jar & from a login shell that then exits.
		FakeHostProcess nohup = new FakeHostProcess().parent("systemd")
			.cgroup("/user.slice/user-1000.slice/session-3.scope");
		assertThat(new SystemdDetector(nohup).detect()).isEmpty();
		FakeHostProcess underUserManager = new FakeHostProcess().parent("systemd")
			.cgroup("/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-terminal.scope");
		assertThat(new SystemdDetector(underUserManager).detect()).isEmpty();
	}

	@Test
	void parentWithSimilarNameDoesNot() {
		assertThat(new SystemdDetector(new FakeHostProcess().parent("systemd-run")).detect()).isEmpty();
	}

	@Test
	void notifySocketAloneMeansAChannelToUse() {
		FakeHostProcess process = new FakeHostProcess().env("NOTIFY_SOCKET", "/run/notify");
		assertThat(new SystemdDetector(process).detect()).hasValue("NOTIFY_SOCKET is set");
	}

	@Test
	void invocationIdAloneIsNotTrusted() {
		FakeHostProcess process = new FakeHostProcess().env("INVOCATION_ID", "0123456789abcdef");
		assertThat(new SystemdDetector(process).detect()).isEmpty();
	}

	@Test
	void earlierRuleWins() {
		FakeHostProcess process = new FakeHostProcess().pid(9)
			.env("SYSTEMD_EXEC_PID", "9")
			.parent("systemd")
			.env("NOTIFY_SOCKET", "/run/notify");
		assertThat(new SystemdDetector(process).detect()).hasValue("SYSTEMD_EXEC_PID equals the process id 9");
	}

}
