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
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real files and modes: who else can change the jar, its directories, its working
 * directory's configuration and the JDK.
 */
@DisabledOnOs(OS.WINDOWS)
class WritablePathsTests {

	@TempDir
	Path root;

	private Path jar;

	private Path java;

	private Path javaHome;

	private final WritablePaths check = new WritablePaths(
			WritablePaths.Writers.posix(Set.of(System.getProperty("user.name"))));

	@BeforeEach
	void layOutAnInstallation() throws IOException {
		Files.setPosixFilePermissions(this.root, PosixFilePermissions.fromString("rwxr-xr-x"));
		this.jar = Files.writeString(Files.createDirectories(this.root.resolve("opt/app")).resolve("app.jar"), "jar");
		this.javaHome = Files.createDirectories(this.root.resolve("jdk"));
		Files.createDirectories(this.javaHome.resolve("lib"));
		this.java = Files.writeString(Files.createDirectories(this.javaHome.resolve("bin")).resolve("java"), "java");
	}

	@Test
	void anInstallationOnlyItsOwnerCanWriteHasNoProblem() {
		assertThat(problems()).isEmpty();
	}

	@Test
	void aJarDirectoryEveryoneCanWriteIsFoundEvenWithTheStickyBit() throws IOException {
		mode(this.jar.getParent(), "rwxrwxrwt");
		assertThat(problems()).containsExactly(
				this.jar.getParent() + " (the jar's directory) can be changed by its group and every user");
	}

	@Test
	void aDirectoryAboveMayBeWritableByEveryoneWithTheStickyBitOnly() throws IOException {
		Path opt = this.jar.getParent().getParent();
		mode(opt, "rwxrwxrwt");
		assertThat(problems()).isEmpty();
		mode(opt, "rwxr-xrwx");
		assertThat(problems())
			.containsExactly(opt + " (a directory above the jar's directory) can be changed by every user");
	}

	@Test
	void configurationTheServiceReadsFromItsWorkingDirectoryIsChecked() throws IOException {
		Path config = Files.createDirectories(this.jar.resolveSibling("config/prod"));
		Path properties = Files.writeString(config.resolve("application.properties"), "x=1");
		mode(properties, "rw-rw-r--");
		Path yml = Files.writeString(this.jar.resolveSibling("application.yml"), "x: 1");
		mode(yml, "rw-r--rw-");
		assertThat(problems()).containsExactlyInAnyOrder(
				properties + " (configuration read from the working directory) can be changed by its group",
				yml + " (configuration read from the working directory) can be changed by every user");
	}

	@Test
	void theJdkIsChecked() throws IOException {
		mode(this.java, "rwxrwxr-x");
		mode(this.javaHome.resolve("lib"), "rwxr-xrwx");
		assertThat(problems()).containsExactly(this.java + " (java) can be changed by its group",
				this.javaHome.resolve("lib") + " (the JDK) can be changed by every user");
	}

	@Test
	void anOwnerWhoIsNeitherRootNorTheServicesUserIsFound() {
		WritablePaths strict = new WritablePaths(WritablePaths.Writers.posix(Set.of("someone-else")));
		assertThat(strict.problems(this.jar, this.java, this.javaHome))
			.contains(this.jar + " (the jar) can be changed by its owner " + System.getProperty("user.name"));
	}

	@Test
	void aLinkedJarIsCheckedWhereItLeads() throws IOException {
		Path shared = Files.createDirectories(this.root.resolve("shared"));
		Path real = Files.writeString(shared.resolve("real.jar"), "jar");
		mode(shared, "rwxr-xrwx");
		Path link = Files.createSymbolicLink(this.jar.resolveSibling("linked.jar"), real);
		assertThat(this.check.problems(link, this.java, this.javaHome))
			.containsExactly(shared + " (a directory above " + real + ") can be changed by every user");
	}

	private List<String> problems() {
		return this.check.problems(this.jar, this.java, this.javaHome);
	}

	private static void mode(Path path, String mode) throws IOException {
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode.replace('t', 'x')));
		if (mode.endsWith("t")) {
			int current = (Integer) Files.getAttribute(path, "unix:mode");
			Files.setAttribute(path, "unix:mode", current | 01000);
		}
	}

}
