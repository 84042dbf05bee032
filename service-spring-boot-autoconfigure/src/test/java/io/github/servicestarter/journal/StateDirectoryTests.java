package io.github.servicestarter.journal;

import java.nio.file.Path;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateDirectoryTests {

	@Test
	void systemdStateDirectoryWins() {
		FakeHostProcess process = new FakeHostProcess().env("STATE_DIRECTORY", "/var/lib/app:/var/lib/other");
		assertThat(StateDirectory.resolve("app", process, "Linux", "app", "/home/app")).isEqualTo(Path.of("/var/lib/app"));
	}

	@Test
	void rootUsesVarLib() {
		assertThat(StateDirectory.resolve("app", new FakeHostProcess(), "Linux", "root", "/root"))
			.isEqualTo(Path.of("/var/lib/app"));
	}

	@Test
	void otherUsersUseTheXdgStateHome() {
		assertThat(StateDirectory.resolve("app", new FakeHostProcess(), "Linux", "ann", "/home/ann"))
			.isEqualTo(Path.of("/home/ann/.local/state/app"));
		assertThat(StateDirectory.resolve("app", new FakeHostProcess().env("XDG_STATE_HOME", "/xdg"), "Linux", "ann",
				"/home/ann"))
			.isEqualTo(Path.of("/xdg/app"));
	}

	@Test
	void windowsUsesProgramData() {
		assertThat(StateDirectory.resolve("app", new FakeHostProcess().env("ProgramData", "D:\\Data"), "Windows Server 2022",
				"svc", "C:\\Users\\svc"))
			.isEqualTo(Path.of("D:\\Data", "app"));
	}

}
