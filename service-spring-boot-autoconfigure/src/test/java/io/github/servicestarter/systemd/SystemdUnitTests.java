package io.github.servicestarter.systemd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SystemdUnitTests {

	@TempDir
	Path directory;

	@Test
	void systemUnitFromCgroupV2() throws IOException {
		assertThat(SystemdUnit.find(new FakeHostProcess(), cgroup("0::/system.slice/app.service\n")))
			.hasValue(new SystemdUnit("app.service", false));
	}

	@Test
	void userUnitWhenAUserManagerLaunchedUs() throws IOException {
		FakeHostProcess process = new FakeHostProcess().env("MANAGERPID", "900");
		assertThat(SystemdUnit.find(process, cgroup("9:name=systemd:/app.slice/app.service\n1:cpu:/app.slice\n")))
			.hasValue(new SystemdUnit("app.service", true));
	}

	@Test
	void delegatedSubgroupStillNamesTheService() throws IOException {
		assertThat(SystemdUnit.find(new FakeHostProcess(), cgroup("0::/system.slice/app.service/payload\n")))
			.hasValue(new SystemdUnit("app.service", false));
	}

	@Test
	void noServiceInTheCgroup() throws IOException {
		assertThat(SystemdUnit.find(new FakeHostProcess(), cgroup("0::/user.slice/session-3.scope\n"))).isEmpty();
		assertThat(SystemdUnit.find(new FakeHostProcess(), this.directory.resolve("missing"))).isEmpty();
	}

	private Path cgroup(String content) throws IOException {
		return Files.writeString(this.directory.resolve("cgroup"), content);
	}

}
