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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every field of a unit the starter fills with outside values, fed the values that break
 * a unit file: line breaks, specifiers, variables, a trailing backslash, a huge value and
 * non-ASCII text (systemd.syntax(7), systemd.unit(5) "Specifiers", systemd.service(5)
 * "Command lines").
 */
class UnitSyntaxTests {

	private static final String HUGE = "x".repeat(2 * 1024 * 1024);

	private static final String INJECTION = "x\n[Service]\nExecStartPre=+/usr/bin/touch /root/pwned";

	@Test
	void descriptionRefusesLineBreaksAndTrailingBackslashAndDoublesSpecifiers() {
		assertRefused(UnitSyntax::text, INJECTION, "control character \\n");
		assertRefused(UnitSyntax::text, "x\r[Service]\rExecStartPre=+/bin/true", "control character \\r");
		assertRefused(UnitSyntax::text, "x\u0000y", "control character \\u0000");
		assertRefused(UnitSyntax::text, "x\u0085y", "control character \\u0085");
		assertRefused(UnitSyntax::text, "ends \\", "backslash");
		assertRefused(UnitSyntax::text, HUGE, "at most 1024");
		assertRefused(UnitSyntax::text, "bad \uD800 half", "surrogate");
		assertThat(UnitSyntax.text("100% %Q $HOME")).isEqualTo("100%% %%Q $HOME");
		assertThat(UnitSyntax.text("Dienst für Größe ✓ 🚀")).isEqualTo("Dienst für Größe ✓ 🚀");
		assertThat(UnitSyntax.text("C:\\dir\\ x")).isEqualTo("C:\\dir\\ x");
	}

	@Test
	void pathRefusesLineBreaksAndDoublesSpecifiers() {
		assertRefused(UnitSyntax::path, "/opt/a\nExecStartPre=+/bin/true", "\\n");
		assertRefused(UnitSyntax::path, "/opt/a\\", "backslash");
		assertRefused(UnitSyntax::path, "/" + HUGE, "more than a unit line");
		assertThat(UnitSyntax.path("/opt/50% $x/ä")).isEqualTo("/opt/50%% $x/ä");
	}

	@Test
	void userNameFollowsSystemdsStrictSyntax() {
		assertThat(UnitSyntax.userName("app")).isEqualTo("app");
		assertThat(UnitSyntax.userName("_svc-1")).isEqualTo("_svc-1");
		assertThat(UnitSyntax.userName("1000")).isEqualTo("1000");
		for (String bad : List.of("nobody\nExecStartPre=+/bin/true", "nob%Qdy", "nob$dy", "a\\", "1app", "müller",
				"a".repeat(32), "4294967295", HUGE, "", "a b")) {
			assertRefused(UnitSyntax::userName, bad, "not a user name");
		}
	}

	@Test
	void listenStreamTakesIpLiteralsAndPortsInRange() {
		assertThat(UnitSyntax.listenStream(null, 8080)).isEqualTo("8080");
		assertThat(UnitSyntax.listenStream("127.0.0.1", 1)).isEqualTo("127.0.0.1:1");
		assertThat(UnitSyntax.listenStream("::1", 65535)).isEqualTo("[::1]:65535");
		assertThat(UnitSyntax.listenStream("fe80::1%eth0", 8080)).isEqualTo("[fe80::1%%eth0]:8080");
		assertThatIllegalArgumentException().isThrownBy(() -> UnitSyntax.listenStream(null, 0))
			.withMessageContaining("fixed port from 1 to 65535");
		assertThatIllegalArgumentException().isThrownBy(() -> UnitSyntax.listenStream("127.0.0.1", 65536));
		assertThatIllegalArgumentException().isThrownBy(() -> UnitSyntax.listenStream(null, -1));
		for (String bad : List.of("localhost", "8081\nExecStartPre=/usr/bin/touch /root/pwned\nX-Rest=", "1.2.3",
				"256.1.1.1", "01.2.3.4", "::1\r", "fe80::1%e\nth0", "fe80::1%%Q", "::g", "1.2.3.4\\", HUGE, "ä::1")) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> UnitSyntax.listenStream(bad, 8080))
				.withMessageContaining("IP address literal");
		}
	}

	@Test
	void commandWordsAreQuotedAndVariablesEscapedInArgumentsOnly() {
		assertThat(UnitSyntax.commandWord("/plain/path", false)).isEqualTo("/plain/path");
		assertThat(UnitSyntax.commandWord("with space", false)).isEqualTo("\"with space\"");
		assertThat(UnitSyntax.commandWord("say \"hi\"", false)).isEqualTo("\"say \\\"hi\\\"\"");
		assertThat(UnitSyntax.commandWord("C:\\dir\\", false)).isEqualTo("\"C:\\\\dir\\\\\"");
		assertThat(UnitSyntax.commandWord("100%", false)).isEqualTo("100%%");
		assertThat(UnitSyntax.commandWord("$HOME", false)).isEqualTo("$$HOME");
		assertThat(UnitSyntax.commandWord("/opt/jdk 50%$x/bin/java", true)).isEqualTo("\"/opt/jdk 50%%$x/bin/java\"");
		assertThat(UnitSyntax.commandWord("", false)).isEqualTo("\"\"");
		assertThat(UnitSyntax.commandWord("--name=Größe✓", false)).isEqualTo("--name=Größe✓");
		assertRefused((word) -> UnitSyntax.commandWord(word, false), "--x=a\nb", "\\n");
		assertRefused((word) -> UnitSyntax.commandWord(word, false), "--x=a\rb", "\\r");
		assertRefused((word) -> UnitSyntax.commandWord(word, false), HUGE, "more than a unit line");
	}

	@Test
	void renderingRefusesWhatSlippedPastTheChecks() {
		SystemdUnitSpec spec = new SystemdUnitSpec("app", INJECTION, List.of("/usr/bin/java", "-jar", "/opt/app.jar"),
				Path.of("/opt"), true, null, null, Duration.ofSeconds(45), Duration.ofSeconds(5), true, 252,
				Path.of("/var/lib/app"), null);
		assertThatIllegalArgumentException().isThrownBy(() -> SystemdUnitFile.render(spec));
	}

	private static void assertRefused(UnaryOperator<String> rule, String value, String reason) {
		assertThatIllegalArgumentException().as((value.length() > 80) ? value.substring(0, 80) : value)
			.isThrownBy(() -> rule.apply(value))
			.withMessageContaining(reason);
	}

}
