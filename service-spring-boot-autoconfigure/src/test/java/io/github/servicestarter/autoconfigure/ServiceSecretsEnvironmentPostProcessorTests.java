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

package io.github.servicestarter.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.testsupport.FakeHostProcess;
import io.github.servicestarter.windows.SecretProtection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ServiceSecretsEnvironmentPostProcessor}.
 */
class ServiceSecretsEnvironmentPostProcessorTests {

	private static final String HOSTILE = "pä$$%w0rd\n\\ ${user.home} #{1+1}";

	@TempDir
	Path directory;

	@Test
	void systemdCredentialsArePropertiesRightAfterTheCommandLine() throws IOException {
		Files.writeString(this.directory.resolve("spring.datasource.password"), HOSTILE);
		Files.writeString(this.directory.resolve("sample.api-key"), "from the credential");
		Files.writeString(this.directory.resolve("Not A Property"), "ignored");
		Files.write(this.directory.resolve("huge.certificate"),
				new byte[ServiceSecretsEnvironmentPostProcessor.MAX_BYTES + 1]);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--sample.api-key=from the command line"));
		environment.getPropertySources()
			.addLast(new MapPropertySource("application.properties",
					Map.of("spring.datasource.password", "from the file")));
		postProcess(false, new FakeHostProcess().env("CREDENTIALS_DIRECTORY", this.directory.toString()), environment);
		assertThat(environment.getProperty("spring.datasource.password")).as("the credential wins over the file")
			.isEqualTo(HOSTILE);
		assertThat(Binder.get(environment).bind("spring.datasource.password", String.class).get())
			.as("bound as @ConfigurationProperties are, placeholders left alone")
			.isEqualTo(HOSTILE);
		assertThat(environment.getProperty("sample.api-key")).as("the command line wins")
			.isEqualTo("from the command line");
		assertThat(environment.getPropertySources().stream().map((source) -> source.getName()))
			.startsWith("commandLineArgs", "serviceSecrets");
		assertThat(environment.getPropertySources().get("serviceSecrets").containsProperty("huge.certificate"))
			.isFalse();
		assertThat(environment.getProperty("Not A Property")).isNull();
	}

	@Test
	void withoutCredentialsOrWithTheStarterOffNothingIsAdded() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		postProcess(false, new FakeHostProcess(), environment);
		assertThat(environment.getPropertySources().contains("serviceSecrets")).isFalse();
		Files.writeString(this.directory.resolve("a"), "b");
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("service.enabled", "false")));
		postProcess(false, new FakeHostProcess().env("CREDENTIALS_DIRECTORY", this.directory.toString()), environment);
		assertThat(environment.getPropertySources().contains("serviceSecrets")).isFalse();
	}

	@Test
	void aWindowsServiceDecryptsItsSecretsFromItsStateDirectory() throws IOException {
		Path secrets = Files.createDirectories(this.directory.resolve("app/secrets"));
		Files.write(secrets.resolve("spring.datasource.password"), reversed(HOSTILE.getBytes(StandardCharsets.UTF_8)));
		StandardEnvironment environment = windowsEnvironment();
		postProcessWindows(ServiceManager.WINDOWS, environment, new ReversingProtection());
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(HOSTILE);
	}

	@Test
	void aWindowsConsoleRunDecryptsNothing() throws IOException {
		Path secrets = Files.createDirectories(this.directory.resolve("app/secrets"));
		Files.write(secrets.resolve("a"), new byte[] { 1 });
		StandardEnvironment environment = windowsEnvironment();
		postProcessWindows(ServiceManager.NONE, environment, new SecretProtection() {

			@Override
			public byte[] protect(byte[] value) {
				throw new AssertionError();
			}

			@Override
			public byte[] unprotect(byte[] protectedValue) {
				throw new AssertionError("no DPAPI call without the SCM");
			}

		});
		assertThat(environment.getPropertySources().contains("serviceSecrets")).isFalse();
	}

	@Test
	void aSecretThatCannotBeDecryptedFailsTheStartNamingIt() throws IOException {
		Path secrets = Files.createDirectories(this.directory.resolve("app/secrets"));
		Files.write(secrets.resolve("spring.datasource.password"), new byte[] { 1 });
		StandardEnvironment environment = windowsEnvironment();
		assertThatIllegalStateException()
			.isThrownBy(() -> postProcessWindows(ServiceManager.WINDOWS, environment, new ReversingProtection() {

				@Override
				public byte[] unprotect(byte[] protectedValue) {
					throw new IllegalStateException("The data is invalid.");
				}

			}))
			.withMessageContaining("Cannot decrypt the secret spring.datasource.password")
			.withMessageContaining("service:secret set spring.datasource.password");
	}

	private StandardEnvironment windowsEnvironment() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("service.name", "app", "service.state-directory",
					this.directory.resolve("app").toString())));
		return environment;
	}

	private void postProcess(boolean windows, FakeHostProcess process, StandardEnvironment environment) {
		HostFacts host = new HostFacts(process, windows, "root", Path.of("/root"), () -> Path.of("C:/ProgramData"));
		new ServiceSecretsEnvironmentPostProcessor(host,
				(selection) -> new ServiceManagerDetection(ServiceManager.SYSTEMD, "test"), () -> {
					throw new AssertionError("no DPAPI outside Windows");
				})
			.postProcessEnvironment(environment, new SpringApplication());
	}

	private void postProcessWindows(ServiceManager manager, StandardEnvironment environment,
			SecretProtection protection) {
		HostFacts host = new HostFacts(new FakeHostProcess(), true, "Administrator", Path.of("C:/Users/Administrator"),
				() -> Path.of("C:/ProgramData"));
		new ServiceSecretsEnvironmentPostProcessor(host, (selection) -> new ServiceManagerDetection(manager, "test"),
				() -> protection)
			.postProcessEnvironment(environment, new SpringApplication());
	}

	private static byte[] reversed(byte[] value) {
		byte[] reversed = Arrays.copyOf(value, value.length);
		for (int i = 0; i < value.length; i++) {
			reversed[i] = value[value.length - 1 - i];
		}
		return reversed;
	}

	private static class ReversingProtection implements SecretProtection {

		@Override
		public byte[] protect(byte[] value) {
			return reversed(value);
		}

		@Override
		public byte[] unprotect(byte[] protectedValue) {
			return reversed(protectedValue);
		}

	}

}
