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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.servicestarter.windows.SecretProtection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Tests for {@link WindowsSecrets}.
 */
class WindowsSecretsTests {

	@TempDir
	Path state;

	private final SecretProtection protection = new SecretProtection() {

		@Override
		public byte[] protect(byte[] value) {
			return ("sealed:" + new String(value, StandardCharsets.UTF_8).length()).getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public byte[] unprotect(byte[] protectedValue) {
			throw new AssertionError("the installer never decrypts");
		}

	};

	@Test
	void eachSecretIsOneEncryptedFileOfTheStateDirectorysSecrets() throws IOException {
		WindowsSecrets secrets = new WindowsSecrets(this.state, this.protection);
		secrets.set("spring.datasource.password", "hunter2".getBytes(StandardCharsets.UTF_8));
		assertThat(Files.readString(this.state.resolve("secrets/spring.datasource.password"))).isEqualTo("sealed:7");
		assertThat(secrets.list()).containsExactly("spring.datasource.password");
		assertThat(secrets.remove("spring.datasource.password")).isTrue();
		assertThat(secrets.list()).isEmpty();
		secrets.set("a", new byte[] { 'x' });
		assertThat(secrets.removeAll()).isEqualTo(1);
		assertThat(this.state.resolve("secrets")).doesNotExist();
	}

	@Test
	void dpapiRefusingLeavesNothingBehind() throws IOException {
		WindowsSecrets secrets = new WindowsSecrets(this.state, new SecretProtection() {

			@Override
			public byte[] protect(byte[] value) {
				throw new IllegalStateException("Access is denied.");
			}

			@Override
			public byte[] unprotect(byte[] protectedValue) {
				throw new AssertionError();
			}

		});
		assertThatIOException().isThrownBy(() -> secrets.set("a", new byte[] { 'x' }))
			.withMessageContaining("DPAPI could not encrypt it: Access is denied.");
		assertThat(secrets.list()).isEmpty();
		try (var files = Files.list(this.state.resolve("secrets"))) {
			assertThat(files).isEmpty();
		}
	}

}
