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

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The registry values of a service registration, fed line breaks, {@code %}, {@code $},
 * trailing backslashes, huge and non-ASCII values. What the SCM does with {@code %NAME%}
 * in ImagePath (a REG_EXPAND_SZ value, expanded when the service starts) Wine does not
 * show: the rule followed is Microsoft's (CreateServiceW, lpBinaryPathName; the Services
 * registry tree documents ImagePath as REG_EXPAND_SZ).
 */
class RegistrationSyntaxTests {

	private static final String HUGE = "x".repeat(2 * 1024 * 1024);

	@Test
	void commandWordsRefuseControlCharactersAndKeepEverythingElse() {
		for (String bad : List.of("--a=b\nc", "--a=b\rc", "--a=\u0000", "--a=\u007f")) {
			assertThatIllegalArgumentException().isThrownBy(() -> RegistrationSyntax.commandWord(bad))
				.withMessageContaining("control character");
		}
		for (String good : List.of("--a=100%", "--a=$HOME", "C:\\dir\\", "--name=Größe✓🚀")) {
			assertThat(RegistrationSyntax.commandWord(good)).isEqualTo(good);
		}
	}

	@Test
	void binaryPathRefusesWhatTheScmWouldExpandAndWhatNoProcessCanStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RegistrationSyntax.binaryPath("java.exe -jar app.jar --path=%TEMP%\\x"))
			.withMessageContaining("%TEMP%")
			.withMessageContaining("REG_EXPAND_SZ");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RegistrationSyntax.binaryPath("java.exe -jar app.jar --a=50% --b=x%"))
			.withMessageContaining("% --b=x%");
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationSyntax.binaryPath("java.exe " + HUGE))
			.withMessageContaining("at most 32766");
		assertThat(RegistrationSyntax.binaryPath("java.exe -jar C:\\app.jar --a=100% --b=$x \"C:\\x\\\\\" --c=ä"))
			.endsWith("--c=ä");
	}

	@Test
	void descriptionAndAccountAreOneBoundedLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationSyntax.description("a\nb"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationSyntax.description(HUGE))
			.withMessageContaining("at most 1024");
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationSyntax.account("DOMAIN\\svc$\r"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationSyntax.account(HUGE));
		assertThat(RegistrationSyntax.description("100% $x \\ Größe")).isEqualTo("100% $x \\ Größe");
		assertThat(RegistrationSyntax.account("DOMAIN\\svc$")).isEqualTo("DOMAIN\\svc$");
	}

}
