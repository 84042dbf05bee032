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

import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Tests for {@link StandardErrorFile}.
 */
class StandardErrorFileTests {

	private final PrintStream original = System.err;

	@TempDir
	Path directory;

	@AfterEach
	void restoreStandardError() {
		PrintStream redirected = System.err;
		System.setErr(this.original);
		if (redirected != this.original) {
			redirected.close();
		}
	}

	@Test
	void standardErrorIsAppendedToTheFileInADirectoryMadeForIt() throws Exception {
		Path file = this.directory.resolve("logs/app.err.log");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "from the run before ü\n");
		StandardErrorFile.redirect(file);
		System.err.println("printed, not logged: %s $HOME \\ ü");
		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.isEqualTo("from the run before ü\nprinted, not logged: %s $HOME \\ ü" + System.lineSeparator());
	}

	@Test
	void aRunThatPrintsNothingLeavesNoFile() throws Exception {
		Path file = this.directory.resolve("logs/app.err.log");
		StandardErrorFile.redirect(file);
		System.err.flush();
		assertThat(file).doesNotExist();
		assertThat(file.getParent()).isDirectory();
	}

	@Test
	void aFileGrownPastTheLimitIsMovedAsideAtTheNextStart() throws Exception {
		Path file = this.directory.resolve("app.err.log");
		try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
			big.setLength(StandardErrorFile.MAX_BYTES + 1);
		}
		Files.writeString(this.directory.resolve("app.err.log.1"), "older");
		StandardErrorFile.redirect(file);
		System.err.println("new run");
		assertThat(Files.size(this.directory.resolve("app.err.log.1"))).isEqualTo(StandardErrorFile.MAX_BYTES + 1);
		assertThat(Files.readString(file)).isEqualTo("new run" + System.lineSeparator());
	}

	@Test
	void aFileThatCannotBeOpenedLeavesStandardErrorAsItWas() throws Exception {
		Path directoryInTheWay = this.directory.resolve("app.err.log");
		Files.createDirectories(directoryInTheWay);
		assertThatIOException().isThrownBy(() -> StandardErrorFile.redirect(directoryInTheWay));
		assertThat(System.err).isSameAs(this.original);
	}

}
