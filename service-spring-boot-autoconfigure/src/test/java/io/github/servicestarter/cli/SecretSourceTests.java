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

package io.github.servicestarter.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SecretSource}.
 */
class SecretSourceTests {

	private static final String HOSTILE = "pä$$%w0rd \\ \"quoted\" 'x' `id` $(reboot) %n";

	@TempDir
	Path directory;

	@Test
	void aFileGivesItsContentWithoutTheFinalLineBreak() throws IOException {
		Path file = Files.writeString(this.directory.resolve("secret"), HOSTILE + "\n");
		assertThat(read("file:" + file)).isEqualTo(HOSTILE);
		Files.writeString(file, HOSTILE + "\r\n");
		assertThat(read("file:" + file)).isEqualTo(HOSTILE);
		Files.writeString(file, "two\nlines\n\n");
		assertThat(read("file:" + file)).as("one line break only").isEqualTo("two\nlines\n");
	}

	@Test
	void aVariableOfTheInstallingShell() {
		assertThat(new String(SecretSource.read("env:DB_PASSWORD", "p", Map.of("DB_PASSWORD", HOSTILE)::get, null,
				InputStream.nullInputStream()), StandardCharsets.UTF_8))
			.isEqualTo(HOSTILE);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SecretSource.read("env:MISSING", "p", Map.<String, String>of()::get, null,
					InputStream.nullInputStream()))
			.withMessage("the variable MISSING is not set");
	}

	@Test
	void standardInputThatIsNoTerminalIsReadToItsEnd() {
		byte[] value = SecretSource.read("stdin", "p", (name) -> null, null,
				new ByteArrayInputStream((HOSTILE + "\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo(HOSTILE);
	}

	@Test
	void nothingEmptyHugeOrUnknownIsASecret() throws IOException {
		assertThatIllegalArgumentException().isThrownBy(() -> read("stdin-of-another-kind"))
			.withMessageContaining("give file:<path>, env:<variable> or stdin");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SecretSource.read("stdin", "p", (name) -> null, null,
					new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8))))
			.withMessage("gives an empty value");
		Path huge = Files.write(this.directory.resolve("huge"), new byte[SecretSource.MAX_BYTES + 1]);
		assertThatIllegalArgumentException().isThrownBy(() -> read("file:" + huge))
			.withMessage("holds more than 65536 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> read("file:" + this.directory.resolve("missing")))
			.withMessageStartingWith("cannot be read: ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "spring.datasource.password", "sample.api-key", "a", "x_1.y-2" })
	void propertiesThatNameASecret(String property) {
		assertThat(SecretSource.property(property)).isEqualTo(property);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Spring.Datasource.Password", "list[0]", "../etc/passwd", "a/b", ".hidden", "a b",
			"a\nb", "a%n", "a$HOME", "é" })
	void propertiesThatCannot(String property) {
		assertThatIllegalArgumentException().isThrownBy(() -> SecretSource.property(property))
			.withMessageContaining("lower case");
	}

	@Test
	void aNameOfMoreThan128CharactersCannot() {
		assertThatIllegalArgumentException().isThrownBy(() -> SecretSource.property("a".repeat(129)));
	}

	private static String read(String source) {
		return new String(SecretSource.read(source, "p", (name) -> null, null, InputStream.nullInputStream()),
				StandardCharsets.UTF_8);
	}

}
