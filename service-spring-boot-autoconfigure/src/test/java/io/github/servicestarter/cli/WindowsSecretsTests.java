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
