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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The jar of an installed service replaced by rename, never rewritten: a reader that
 * opened the old one keeps reading the old one.
 */
class JarReplacementTests {

	@TempDir
	Path directory;

	@Test
	void aNewJarTakesThePlaceWhileAnOpenReaderKeepsTheOldOneWhichIsKept() throws IOException {
		Path installed = JarReplacementTestJars.jar(this.directory.resolve("app.jar"), "version 1");
		Path upgrade = JarReplacementTestJars.jar(this.directory.resolve("upload/app-2.jar"), "version 2");
		JarReplacement replacement = new JarReplacement(installed);
		try (JarFile running = new JarFile(installed.toFile())) {
			replacement.replaceWith(upgrade);
			assertThat(JarReplacementTestJars.version(running)).as("the running service reads the jar it opened")
				.isEqualTo("version 1");
		}
		assertThat(JarReplacementTestJars.version(installed)).isEqualTo("version 2");
		assertThat(JarReplacementTestJars.version(replacement.previous())).isEqualTo("version 1");
		assertThat(replacement.previous()).isEqualTo(this.directory.resolve("app.jar.previous"));
		try (var files = Files.list(this.directory)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder("app.jar",
					"app.jar.previous", "upload");
		}
	}

	@Test
	void rollbackSwapsTheJarsSoASecondOneUndoesIt() throws IOException {
		Path installed = JarReplacementTestJars.jar(this.directory.resolve("app.jar"), "version 1");
		JarReplacement replacement = new JarReplacement(installed);
		assertThatIOException().isThrownBy(replacement::rollBack).withMessageContaining("no " + replacement.previous());
		replacement.replaceWith(JarReplacementTestJars.jar(this.directory.resolve("app-2.jar"), "version 2"));
		replacement.rollBack();
		assertThat(JarReplacementTestJars.version(installed)).isEqualTo("version 1");
		assertThat(JarReplacementTestJars.version(replacement.previous())).isEqualTo("version 2");
		replacement.rollBack();
		assertThat(JarReplacementTestJars.version(installed)).isEqualTo("version 2");
	}

	@Test
	void somethingThatIsNoExecutableJarChangesNothing() throws IOException {
		Path installed = JarReplacementTestJars.jar(this.directory.resolve("app.jar"), "version 1");
		JarReplacement replacement = new JarReplacement(installed);
		Path text = Files.writeString(this.directory.resolve("notes.txt"), "not a jar");
		assertThatIOException().isThrownBy(() -> replacement.replaceWith(text)).withMessageContaining("is no jar");
		Path library = this.directory.resolve("library.jar");
		try (JarOutputStream output = new JarOutputStream(Files.newOutputStream(library), new Manifest())) {
			output.putNextEntry(new JarEntry("x"));
		}
		assertThatIOException().isThrownBy(() -> replacement.replaceWith(library))
			.withMessageContaining("names no Main-Class");
		assertThat(JarReplacementTestJars.version(installed)).isEqualTo("version 1");
		assertThat(replacement.previous()).doesNotExist();
		try (var files = Files.list(this.directory)) {
			assertThat(files.filter((file) -> file.getFileName().toString().startsWith("."))).isEmpty();
		}
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void restartSaysWhenTheJarOnDiskIsNotWhatTheRunningServiceOpened() throws IOException {
		long pid = ProcessHandle.current().pid();
		Path installed = JarReplacementTestJars.jar(this.directory.resolve("app.jar"), "version 1");
		// As if installed before this process (the service) started.
		Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
		Files.setLastModifiedTime(installed, FileTime.from(started.minusSeconds(60)));
		JarReplacement replacement = new JarReplacement(installed);
		try (JarFile running = new JarFile(installed.toFile())) {
			assertThat(replacement.differenceFromRunning(pid)).isEmpty();
			try (FileChannel inPlace = FileChannel.open(installed, StandardOpenOption.WRITE)) {
				inPlace.write(ByteBuffer.wrap(new byte[] { 'P' }), 0);
			}
			assertThat(replacement.differenceFromRunning(pid)).get().asString().contains("was written in place");
			replacement.replaceWith(JarReplacementTestJars.jar(this.directory.resolve("app-2.jar"), "version 2"));
			assertThat(replacement.differenceFromRunning(pid)).get()
				.asString()
				.contains("is not the file the running service opened");
		}
	}

}
