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
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of one encrypted file per secret, named by its property, as both managers'
 * stores keep them. A secret is written beside its final name and renamed into place, so
 * a failed write never replaces the one stored.
 *
 * @author Service Starter contributors
 */
final class SecretFiles {

	private final Path directory;

	SecretFiles(Path directory) {
		this.directory = directory;
	}

	Path directory() {
		return this.directory;
	}

	Path file(String property) {
		return this.directory.resolve(property);
	}

	/** The properties stored, sorted; files being written (dot files) are none. */
	List<String> list() throws IOException {
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

	/** Where a secret is written before {@link #commit} renames it into place. */
	Path partial(String property) throws IOException {
		Path partial = this.directory.resolve("." + property + ".partial");
		Files.deleteIfExists(partial);
		return partial;
	}

	void commit(String property) throws IOException {
		Files.move(this.directory.resolve("." + property + ".partial"), file(property),
				StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	boolean remove(String property) throws IOException {
		return Files.deleteIfExists(file(property));
	}

	/** Remove every secret and the directory; return how many there were. */
	int removeAll() throws IOException {
		List<String> properties = list();
		for (String property : properties) {
			Files.delete(file(property));
		}
		Files.deleteIfExists(this.directory);
		return properties.size();
	}

}
