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
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.jspecify.annotations.Nullable;

/**
 * Replaces the jar an installed service runs without ever writing into it: the new jar is
 * copied beside it, checked, and renamed into its place, so a running JVM keeps reading
 * the file it opened (rewriting that file in place, as {@code cp} does, has it read
 * classes from a different jar: {@code NoClassDefFoundError} in requests and in its
 * shutdown). The jar it replaced stays beside it as {@code <jar>.previous}, for a
 * rollback.
 *
 * @author Service Starter contributors
 */
final class JarReplacement {

	private final Path jar;

	/**
	 * Create the replacement of an installed jar.
	 * @param jar the absolute path the service runs
	 */
	JarReplacement(Path jar) {
		this.jar = jar;
	}

	/**
	 * Return where the replaced jar is kept.
	 * @return {@code <jar>.previous}
	 */
	Path previous() {
		return this.jar.resolveSibling(this.jar.getFileName() + ".previous");
	}

	/**
	 * Put a new jar in place, keeping the current one as {@link #previous()}.
	 * @param replacement the new jar
	 * @throws IOException if the new jar is no executable jar or cannot be put in place;
	 * the installed jar is then as it was
	 */
	void replaceWith(Path replacement) throws IOException {
		Path copy = Files.createTempFile(this.jar.getParent(), "." + this.jar.getFileName(), ".upgrade");
		try {
			try (InputStream input = Files.newInputStream(replacement);
					FileChannel output = FileChannel.open(copy, StandardOpenOption.WRITE,
							StandardOpenOption.TRUNCATE_EXISTING)) {
				input.transferTo(Channels.newOutputStream(output));
				output.force(true);
			}
			// The copy is what runs, so the copy is what is checked: the source may
			// change meanwhile.
			requireExecutableJar(copy, replacement);
			readableByAll(copy);
			keep(this.jar, previous());
			move(copy, this.jar);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/**
	 * Swap the installed jar and the one an upgrade replaced, so that a second rollback
	 * undoes the first.
	 * @throws IOException if there is no previous jar or the swap fails
	 */
	void rollBack() throws IOException {
		Path previous = previous();
		if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("there is no " + previous + " to roll back to (service:upgrade keeps it)");
		}
		Path current = Files.createTempFile(this.jar.getParent(), "." + this.jar.getFileName(), ".rollback");
		try {
			keep(this.jar, current);
			move(previous, this.jar);
			move(current, previous);
		}
		finally {
			Files.deleteIfExists(current);
		}
	}

	/**
	 * Say how the jar on disk differs from the one a running service opened: replaced
	 * (the restart runs another jar), or changed in place after the service started
	 * (which corrupts what the running JVM reads). Linux only: read from
	 * {@code /proc/<pid>/fd}.
	 * @param pid the service's main process
	 * @return the difference, said for people, or empty when it is the same file or
	 * cannot be told
	 */
	Optional<String> differenceFromRunning(long pid) {
		Path descriptors = Path.of("/proc", Long.toString(pid), "fd");
		try (DirectoryStream<Path> open = Files.newDirectoryStream(descriptors)) {
			Object onDisk = Files.getAttribute(this.jar, "unix:ino");
			for (Path descriptor : open) {
				String target = Files.readSymbolicLink(descriptor).toString();
				if (!target.equals(this.jar.toString()) && !target.equals(this.jar + " (deleted)")) {
					continue;
				}
				if (!Files.getAttribute(descriptor, "unix:ino").equals(onDisk)) {
					return Optional.of(this.jar + " is not the file the running service opened: it was replaced "
							+ "since the service started, and the restart runs the jar now on disk.");
				}
				Optional<Instant> started = ProcessHandle.of(pid).flatMap((process) -> process.info().startInstant());
				if (started.isPresent() && Files.getLastModifiedTime(this.jar).toInstant().isAfter(started.get())) {
					return Optional.of(this.jar + " was written in place after the service started (as cp does), "
							+ "under the running service. Install a new version with service:upgrade NEW.jar, which "
							+ "replaces the jar by rename.");
				}
				return Optional.empty();
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux, or not allowed to look: nothing to say.
		}
		return Optional.empty();
	}

	private static void requireExecutableJar(Path copy, Path source) throws IOException {
		try (JarFile jarFile = new JarFile(copy.toFile())) {
			Manifest manifest = jarFile.getManifest();
			Attributes main = (manifest != null) ? manifest.getMainAttributes() : null;
			if (main == null || main.getValue(Attributes.Name.MAIN_CLASS) == null) {
				throw new IOException(source + " is no executable jar: its manifest names no Main-Class");
			}
		}
		catch (IOException ex) {
			throw (ex.getMessage() != null && ex.getMessage().startsWith(source.toString())) ? ex
					: new IOException(source + " is no jar (" + ex.getMessage() + ")", ex);
		}
	}

	private static void readableByAll(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			// The service's user (a dynamic one included) reads it; only its owner writes
			// it.
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	/**
	 * Keep a file under a second name by a hard link (the same file, not a copy, where
	 * the file system has links), replacing what had that name.
	 */
	private static void keep(Path file, Path name) throws IOException {
		Path link = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".keep");
		Files.delete(link);
		try {
			try {
				Files.createLink(link, file);
			}
			catch (UnsupportedOperationException | IOException ex) {
				Files.copy(file, link, StandardCopyOption.COPY_ATTRIBUTES);
			}
			move(link, name);
		}
		finally {
			Files.deleteIfExists(link);
		}
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * What an upgrade or a rollback changes.
	 *
	 * @param jar the installed jar
	 * @param replacement the new jar, or {@code null} to put back the previous one
	 */
	record Change(JarReplacement jar, @Nullable Path replacement) {

		String action() {
			return (this.replacement != null) ? "upgrade" : "roll back";
		}

		/**
		 * Make the change: put the new jar in place, or swap back the previous one.
		 * @throws IOException if it cannot be made; the installed jar is then as it was
		 */
		void apply() throws IOException {
			if (this.replacement != null) {
				this.jar.replaceWith(this.replacement);
			}
			else {
				this.jar.rollBack();
			}
		}

	}

}
