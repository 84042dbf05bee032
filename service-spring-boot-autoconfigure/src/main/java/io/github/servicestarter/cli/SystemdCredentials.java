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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.servicestarter.manager.CommandRun;
import io.github.servicestarter.manager.ServiceUnitName;
import io.github.servicestarter.systemd.SystemdUnitFile;

/**
 * The secrets of one systemd service: each encrypted with {@code systemd-creds encrypt}
 * (the host key, and a TPM2 where there is one) into
 * {@code /etc/credstore.encrypted/<name>/}, a directory only root reads, and loaded into
 * the service by a drop-in of {@code LoadCredentialEncrypted=} lines, which systemd
 * decrypts into the service's {@code $CREDENTIALS_DIRECTORY}, readable by that service
 * alone. The value goes to {@code systemd-creds} on its standard input, never as an
 * argument; the unit itself never changes.
 *
 * @author Service Starter contributors
 */
final class SystemdCredentials implements SecretStore {

	/** The drop-in's name in {@code <unit>.d/}. */
	static final String DROP_IN = "50-secrets.conf";

	private static final Path STORE = Path.of("/etc/credstore.encrypted");

	private final SecretFiles files;

	private final Path dropIn;

	private final Encryptor encryptor;

	SystemdCredentials(String name, Path unitDirectory) {
		this(STORE.resolve(name), unitDirectory.resolve(ServiceUnitName.dropInDirectory(name)).resolve(DROP_IN),
				SystemdCredentials::encrypt);
	}

	SystemdCredentials(Path directory, Path dropIn, Encryptor encryptor) {
		this.files = new SecretFiles(directory);
		this.dropIn = dropIn;
		this.encryptor = encryptor;
	}

	@Override
	public List<String> list() throws IOException {
		return this.files.list();
	}

	@Override
	public void set(String property, byte[] value) throws IOException {
		Files.createDirectories(this.files.directory().getParent());
		if (!Files.isDirectory(this.files.directory())) {
			Files.createDirectory(this.files.directory(),
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		this.encryptor.encrypt(property, value, this.files.partial(property));
		this.files.commit(property);
		writeDropIn();
	}

	@Override
	public boolean remove(String property) throws IOException {
		boolean removed = this.files.remove(property);
		writeDropIn();
		return removed;
	}

	@Override
	public int removeAll() throws IOException {
		int removed = this.files.removeAll();
		Files.deleteIfExists(this.dropIn);
		deleteIfEmpty(Objects.requireNonNull(this.dropIn.getParent(), "a drop-in is in a directory"));
		return removed;
	}

	/** The drop-in that loads what the directory holds; none when it holds nothing. */
	private void writeDropIn() throws IOException {
		List<String> properties = list();
		if (properties.isEmpty()) {
			Files.deleteIfExists(this.dropIn);
			deleteIfEmpty(Objects.requireNonNull(this.dropIn.getParent(), "a drop-in is in a directory"));
			return;
		}
		StringBuilder content = new StringBuilder(SystemdUnitFile.MARKER)
			.append(" (service:secret): the service's secrets, decrypted by systemd into $CREDENTIALS_DIRECTORY.\n")
			.append("[Service]\n");
		for (String property : properties) {
			content.append("LoadCredentialEncrypted=")
				.append(property)
				.append(':')
				.append(this.files.file(property))
				.append('\n');
		}
		Files.createDirectories(this.dropIn.getParent());
		Path partial = this.dropIn.resolveSibling("." + DROP_IN + ".partial");
		Files.writeString(partial, content, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
		Files.move(partial, this.dropIn, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void deleteIfEmpty(Path directory) throws IOException {
		try (Stream<Path> entries = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
			if (Files.isDirectory(directory) && entries.findAny().isEmpty()) {
				Files.delete(directory);
			}
		}
	}

	/**
	 * {@code systemd-creds encrypt --name=<name> - <output>}, the value on standard
	 * input.
	 */
	private static void encrypt(String name, byte[] value, Path output) throws IOException {
		try {
			CommandRun encrypted = CommandRun.run(
					List.of("systemd-creds", "encrypt", "--name=" + name, "-", output.toString()), value,
					Duration.ofSeconds(60));
			if (!encrypted.ok()) {
				throw new IOException(
						"systemd-creds encrypt exited " + encrypted.exitCode() + ": " + encrypted.output());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	/**
	 * Encrypts a value for a named credential.
	 */
	@FunctionalInterface
	interface Encryptor {

		/**
		 * Encrypt.
		 * @param name the credential's name, bound into the ciphertext
		 * @param value the value
		 * @param output the file to write
		 */
		void encrypt(String name, byte[] value, Path output) throws IOException;

	}

}
