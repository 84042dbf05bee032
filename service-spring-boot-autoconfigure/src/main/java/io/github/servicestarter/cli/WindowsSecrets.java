package io.github.servicestarter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.windows.SecretProtection;

/**
 * The secrets of one Windows service: each encrypted with DPAPI for the machine into its own
 * file in the state directory's {@code secrets} directory, whose ACL it inherits from the
 * state directory (SYSTEM and the administrators full control, the service's SID modify,
 * nobody else). The service decrypts them as it starts.
 *
 * @author Service Starter contributors
 */
final class WindowsSecrets implements SecretStore {

	/** The directory of the state directory that holds the secrets. */
	static final String DIRECTORY = ServiceIdentity.SECRETS_DIRECTORY;

	private final Path directory;

	private final SecretProtection protection;

	WindowsSecrets(Path stateDirectory, SecretProtection protection) {
		this.directory = stateDirectory.resolve(DIRECTORY);
		this.protection = protection;
	}

	@Override
	public List<String> list() throws IOException {
		if (!Files.isDirectory(this.directory, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.map((file) -> file.getFileName().toString())
				.filter((name) -> !name.startsWith("."))
				.sorted()
				.toList();
		}
	}

	@Override
	public void set(String property, byte[] value) throws IOException {
		Files.createDirectories(this.directory);
		Path partial = this.directory.resolve("." + property + ".partial");
		try {
			Files.write(partial, this.protection.protect(value));
		}
		catch (RuntimeException | LinkageError ex) {
			Files.deleteIfExists(partial);
			throw new IOException("DPAPI could not encrypt it: " + ex.getMessage(), ex);
		}
		Files.move(partial, this.directory.resolve(property), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public boolean remove(String property) throws IOException {
		return Files.deleteIfExists(this.directory.resolve(property));
	}

	@Override
	public int removeAll() throws IOException {
		List<String> properties = list();
		for (String property : properties) {
			Files.delete(this.directory.resolve(property));
		}
		Files.deleteIfExists(this.directory);
		return properties.size();
	}

}
