package io.github.servicestarter.windows;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowsCommandLineTests {

	@Test
	void pathsWithSpacesAreQuoted() {
		assertThat(WindowsCommandLine.join(List.of("C:\\Program Files\\Java\\bin\\java.exe", "-Xmx512m", "-jar",
				"C:\\apps\\my app\\app.jar", "--server.port=8080")))
			.isEqualTo("\"C:\\Program Files\\Java\\bin\\java.exe\" -Xmx512m -jar \"C:\\apps\\my app\\app.jar\" "
					+ "--server.port=8080");
	}

	@Test
	void quotesAndTrailingBackslashesSurviveCommandLineToArgvW() {
		assertThat(WindowsCommandLine.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
		assertThat(WindowsCommandLine.quote("C:\\my dir\\")).isEqualTo("\"C:\\my dir\\\\\"");
		assertThat(WindowsCommandLine.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
		assertThat(WindowsCommandLine.quote("C:\\plain\\path")).isEqualTo("C:\\plain\\path");
		assertThat(WindowsCommandLine.quote("")).isEqualTo("\"\"");
	}

}
