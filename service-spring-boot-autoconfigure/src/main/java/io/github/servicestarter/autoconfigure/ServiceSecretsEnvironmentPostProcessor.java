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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.manager.ServiceManagerSettings;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.windows.SecretProtection;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.BootstrapContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Makes the secrets the service manager keeps for the service properties, with no code in
 * the application: under systemd the credentials it decrypted into
 * {@code $CREDENTIALS_DIRECTORY} ({@code LoadCredentialEncrypted=}, which
 * {@code service:install} and {@code service:secret} write), under the Windows SCM the
 * DPAPI files of the state directory's {@code secrets}. Each file is one property, named
 * by the file. They come right after the command line, before every other source, in the
 * property source {@value #PROPERTY_SOURCE_NAME}, whose values Actuator always masks.
 * Elsewhere it changes nothing and loads no native code.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class ServiceSecretsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The name of the property source of the secrets. */
	public static final String PROPERTY_SOURCE_NAME = "serviceSecrets";

	/** The largest secret read; a larger file is no secret of ours. */
	static final int MAX_BYTES = 64 * 1024;

	private static final Pattern PROPERTY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

	private final HostFacts host;

	private final Function<ServiceManagerSelection, ServiceManagerDetection> detection;

	private final Supplier<SecretProtection> protection;

	/**
	 * Create the post-processor of a run.
	 * @param bootstrap the run's bootstrap context, which holds its detection
	 */
	public ServiceSecretsEnvironmentPostProcessor(BootstrapContext bootstrap) {
		this(Platform.current().host(), RunDetection.of(bootstrap)::detect, Platform.current()::secretProtection);
	}

	ServiceSecretsEnvironmentPostProcessor(HostFacts host,
			Function<ServiceManagerSelection, ServiceManagerDetection> detection,
			Supplier<SecretProtection> protection) {
		this.host = host;
		this.detection = detection;
		this.protection = protection;
	}

	@Override
	public int getOrder() {
		// After the application's configuration is loaded, so that its service.* settings
		// are known.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		ServiceManagerSettings settings = ServiceManagerSettings.read(environment::getProperty);
		if (!settings.enabled()) {
			return;
		}
		Map<String, Object> secrets = this.host.windows() ? windowsSecrets(environment, settings.selection())
				: credentials();
		if (secrets.isEmpty()) {
			return;
		}
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, secrets);
		MutablePropertySources sources = environment.getPropertySources();
		if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	/** systemd's credentials of the unit: set only by systemd, for this service alone. */
	private Map<String, Object> credentials() {
		String directory = this.host.process().getenv("CREDENTIALS_DIRECTORY");
		if (directory == null || directory.isBlank()) {
			return Map.of();
		}
		return read(Path.of(directory), (file, content) -> new String(content, StandardCharsets.UTF_8));
	}

	private Map<String, Object> windowsSecrets(ConfigurableEnvironment environment, ServiceManagerSelection selection) {
		if (this.detection.apply(selection).manager() != ServiceManager.WINDOWS) {
			return Map.of();
		}
		Path directory = ServiceIdentity.resolve(environment::getProperty, null, null, this.host)
			.stateDirectory()
			.resolve(ServiceIdentity.SECRETS_DIRECTORY);
		if (!Files.isDirectory(directory)) {
			return Map.of();
		}
		SecretProtection protection = this.protection.get();
		return read(directory, (file, content) -> {
			try {
				return new String(protection.unprotect(content), StandardCharsets.UTF_8);
			}
			catch (RuntimeException | LinkageError ex) {
				throw new IllegalStateException("Cannot decrypt the secret " + file.getFileName() + " in " + directory
						+ " (" + ex.getMessage() + "): set it again with service:secret set " + file.getFileName(), ex);
			}
		});
	}

	private static Map<String, Object> read(Path directory, Decoder decoder) {
		Map<String, Object> secrets = new LinkedHashMap<>();
		List<Path> files;
		try (Stream<Path> listed = Files.list(directory)) {
			files = listed.sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Cannot read the service's secrets in " + directory + ": " + ex.getMessage(), ex);
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (PROPERTY.matcher(name).matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				byte[] content = bounded(file);
				if (content != null) {
					secrets.put(name, literal(decoder.decode(file, content)));
				}
			}
		}
		return secrets;
	}

	/**
	 * A secret is what it says: a {@code ${...}} in it is escaped, so that Spring never
	 * resolves it as a placeholder.
	 */
	private static String literal(String secret) {
		return secret.replace("${", "\\${");
	}

	private static byte @Nullable [] bounded(Path file) {
		try (InputStream input = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			byte[] content = input.readNBytes(MAX_BYTES + 1);
			return (content.length <= MAX_BYTES) ? content : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the secret " + file + ": " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface Decoder {

		String decode(Path file, byte[] content);

	}

}
