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

package io.github.servicestarter.logging;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jspecify.annotations.Nullable;

/**
 * Sends the JVM's {@code System.err} to a file, for a process that has no console (a
 * Windows service): stack traces printed by code that does not log, the JDK's own
 * warnings, and the logging system's reports about itself would otherwise be lost. The
 * file is made at the first byte written (a run that prints nothing leaves none) and
 * appended to; one that has grown past {@value #MAX_BYTES} bytes is moved aside to
 * {@code <file>.1} at the next start, replacing the one before.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class StandardErrorFile {

	/** Past this size, the file is moved aside at the next start. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private StandardErrorFile() {
	}

	/**
	 * Send {@code System.err} to the file from now on.
	 * @param file the file
	 * @throws IOException when the file cannot be opened; {@code System.err} is unchanged
	 */
	public static void redirect(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent == null) {
			throw new IOException(file + " names no file in a directory");
		}
		Files.createDirectories(parent);
		if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
			Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
		}
		// Fails now rather than at the first write when the file cannot be written.
		if (Files.exists(file) ? !Files.isWritable(file) || Files.isDirectory(file) : !Files.isWritable(parent)) {
			throw new IOException(file + " is not writable");
		}
		System.setErr(new PrintStream(new OpenedOnFirstWrite(file), true, StandardCharsets.UTF_8));
	}

	/**
	 * Opens the file at the first byte written, so that a run that prints nothing leaves
	 * no file.
	 */
	private static final class OpenedOnFirstWrite extends OutputStream {

		private final Path file;

		private @Nullable OutputStream output;

		OpenedOnFirstWrite(Path file) {
			this.file = file;
		}

		@Override
		public synchronized void write(int b) throws IOException {
			output().write(b);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
			output().write(bytes, offset, length);
		}

		@Override
		public synchronized void flush() throws IOException {
			if (this.output != null) {
				this.output.flush();
			}
		}

		@Override
		public synchronized void close() throws IOException {
			if (this.output != null) {
				this.output.close();
			}
		}

		private OutputStream output() throws IOException {
			if (this.output == null) {
				this.output = new FileOutputStream(this.file.toFile(), true);
			}
			return this.output;
		}

	}

}
