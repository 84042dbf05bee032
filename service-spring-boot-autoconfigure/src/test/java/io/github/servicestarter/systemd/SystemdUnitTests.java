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
 * Tests for {@link SystemdUnit}.
 */
class SystemdUnitTests {

	@Test
	void systemUnitFromTheCgroup() {
		assertThat(SystemdUnit.find(new FakeHostProcess().cgroup("/system.slice/app.service")))
			.hasValue(new SystemdUnit("app.service", false));
	}

	@Test
	void userUnitWhenAUserManagerLaunchedUs() {
		FakeHostProcess process = new FakeHostProcess().env("MANAGERPID", "900")
			.cgroup("/user.slice/user-0.slice/user@0.service/app.slice/app.service");
		assertThat(SystemdUnit.find(process)).hasValue(new SystemdUnit("app.service", true));
	}

	@Test
	void delegatedSubgroupStillNamesTheService() {
		assertThat(SystemdUnit.find(new FakeHostProcess().cgroup("/system.slice/app.service/payload")))
			.hasValue(new SystemdUnit("app.service", false));
	}

	@Test
	void noServiceInTheCgroup() {
		assertThat(SystemdUnit.find(new FakeHostProcess().cgroup("/user.slice/session-3.scope"))).isEmpty();
		assertThat(SystemdUnit.find(new FakeHostProcess().cgroup("/user.slice/user@0.service/app.slice/term.scope")))
			.as("a scope inside the user manager's service")
			.isEmpty();
		assertThat(SystemdUnit.find(new FakeHostProcess().cgroup(null))).isEmpty();
	}

}
