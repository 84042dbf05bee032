package io.github.servicestarter.journal;

import java.nio.file.Path;
import java.util.function.Supplier;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateDirectoryTests {

	private static final Supplier<Path> NO_PROGRAM_DATA = () -> {
		throw new AssertionError("the ProgramData known folder is asked for on Windows only");
	};

	@Test
	void systemdStateDirectoryWins() {
		FakeHostProcess process = new FakeHostProcess().env("STATE_DIRECTORY", "/var/lib/app:/var/lib/other");
		assertThat(StateDirectory.resolve("app", process, "Linux", "app", "/home/app", NO_PROGRAM_DATA)).isEqualTo(Path.of("/var/lib/app"));
	}

	@Test
	void rootUsesVarLib() {
		assertThat(StateDirectory.resolve("app", new FakeHostProcess(), "Linux", "root", "/root", NO_PROGRAM_DATA))
			.isEqualTo(Path.of("/var/lib/app"));
	}

	@Test
	void otherUsersUseTheXdgStateHome() {
		assertThat(StateDirectory.resolve("app", new FakeHostProcess(), "Linux", "ann", "/home/ann", NO_PROGRAM_DATA))
			.isEqualTo(Path.of("/home/ann/.local/state/app"));
		assertThat(StateDirectory.resolve("app", new FakeHostProcess().env("XDG_STATE_HOME", "/xdg"), "Linux", "ann",
				"/home/ann", NO_PROGRAM_DATA))
			.isEqualTo(Path.of("/xdg/app"));
	}

	@Test
	void windowsUsesTheProgramDataKnownFolderNotTheVariable() {
		// The installer's and the service account's %ProgramData% may differ; the known folder does not.
		FakeHostProcess process = new FakeHostProcess().env("ProgramData", "C:\\Users\\admin\\AppData");
		assertThat(StateDirectory.resolve("app", process, "Windows Server 2022", "svc", "C:\\Users\\svc",
				() -> Path.of("D:\\Data")))
			.isEqualTo(Path.of("D:\\Data", "app"));
	}

}
