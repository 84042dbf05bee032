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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WindowsCommandLine}.
 */
class WindowsCommandLineTests {

	@Test
	void pathsWithSpacesAreQuoted() {
		assertThat(WindowsCommandLine.join(List.of("C:\\Program Files\\Java\\bin\\java.exe", "-Xmx512m", "-jar",
				"C:\\apps\\my app\\app.jar", "--server.port=8080")))
			.isEqualTo("\"C:\\Program Files\\Java\\bin\\java.exe\" -Xmx512m -jar \"C:\\apps\\my app\\app.jar\" "
					+ "--server.port=8080");
	}

	@Test
	void registrationReadsAsTheEquivalentScCommands() {
		WindowsServiceSpec spec = new WindowsServiceSpec("app", "My App", "My \"app\"",
				"\"C:\\Program Files\\Java\\bin\\java.exe\" -jar C:\\app.jar",
				WindowsServiceSpec.StartType.DELAYED_AUTO, "NT SERVICE\\app",
				List.of(Duration.ofSeconds(5), Duration.ofMinutes(1)), Duration.ofDays(1), Duration.ofSeconds(45));
		assertThat(spec.toScCommands())
			.isEqualTo("sc.exe create app binPath= \"\\\"C:\\Program Files\\Java\\bin\\java.exe\\\" -jar C:\\app.jar\" "
					+ "start= delayed-auto DisplayName= \"My App\" obj= \"NT SERVICE\\app\"\n"
					+ "sc.exe description app \"My \\\"app\\\"\"\n"
					+ "sc.exe failure app reset= 86400 actions= restart/5000/restart/60000\n"
					+ "sc.exe failureflag app 1\n" + "sc.exe sidtype app unrestricted\n"
					+ "sc.exe privs app SeChangeNotifyPrivilege/SeCreateGlobalPrivilege\n"
					+ "reg.exe add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\app\" /v PreshutdownTimeout /t REG_DWORD "
					+ "/d 45000 /f\n");
		assertThat(spec.virtualAccount()).isTrue();
	}

	@Test
	void scCommandsKeepTheBackslashesOfAQuotedWordThatEndsWithOne() {
		String binaryPath = WindowsCommandLine
			.join(List.of("C:\\java\\bin\\java.exe", "-jar", "C:\\app.jar", "--logging.file.path=C:\\my logs\\"));
		WindowsServiceSpec spec = new WindowsServiceSpec("app", "app", "app", binaryPath,
				WindowsServiceSpec.StartType.AUTO, null, List.of(), Duration.ofDays(1), Duration.ofSeconds(45));
		// binPath= holds "C:\my logs\\" (a quoted word ending in a backslash): as an
		// sc.exe argument each of its backslashes before a quote is doubled again, or one
		// is lost.
		assertThat(binaryPath).endsWith("\"--logging.file.path=C:\\my logs\\\\\"");
		assertThat(spec.toScCommands()).startsWith("sc.exe create app binPath= \"C:\\java\\bin\\java.exe -jar "
				+ "C:\\app.jar \\\"--logging.file.path=C:\\my logs\\\\\\\\\\\"\" start= auto");
	}

	@Test
	void quotesAndTrailingBackslashesSurviveCommandLineToArgvW() {
		assertThat(WindowsCommandLine.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
		assertThat(WindowsCommandLine.quote("C:\\my dir\\")).isEqualTo("\"C:\\my dir\\\\\"");
		assertThat(WindowsCommandLine.quote("a\\\"b")).isEqualTo("\"a\\\\\\\"b\"");
		assertThat(WindowsCommandLine.quote("C:\\plain\\path")).isEqualTo("C:\\plain\\path");
		assertThat(WindowsCommandLine.quote("--app.pattern=*.log")).isEqualTo("\"--app.pattern=*.log\"");
		assertThat(WindowsCommandLine.quote("--app.glob=a?c")).isEqualTo("\"--app.glob=a?c\"");
		assertThat(WindowsCommandLine.quote("")).isEqualTo("\"\"");
	}

}
