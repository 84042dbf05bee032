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
