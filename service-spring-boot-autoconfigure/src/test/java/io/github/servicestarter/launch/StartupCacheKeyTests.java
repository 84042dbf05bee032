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

package io.github.servicestarter.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartupCacheKey}.
 */
class StartupCacheKeyTests {

	@TempDir
	Path root;

	private Path jar;

	private Path javaHome;

	@BeforeEach
	void jarAndJvm() throws IOException {
		this.jar = Files.writeString(this.root.resolve("app.jar"), "version 1");
		this.javaHome = this.root.resolve("jdk");
		Files.createDirectories(this.javaHome.resolve("bin/server"));
		Files.createDirectories(this.javaHome.resolve("lib"));
		Files.writeString(this.javaHome.resolve("lib/modules"), "modules");
		Files.writeString(this.javaHome.resolve("bin/server/jvm.dll"), "jvm");
	}

	@Test
	void aKeyWrittenIsReadBackAndServesWhileNothingChanged() throws IOException {
		StartupCacheKey key = StartupCacheKey.of(this.jar, this.javaHome);
		key.write(this.root);
		assertThat(StartupCacheKey.read(this.root)).isEqualTo(key);
		assertThat(StartupCacheKey.of(this.jar, this.javaHome).staleness(key)).isNull();
	}

	@Test
	void theJarsSizeOrTimeMakesItStale() throws IOException {
		StartupCacheKey made = StartupCacheKey.of(this.jar, this.javaHome);
		FileTime time = Files.getLastModifiedTime(this.jar);
		Files.writeString(this.jar, "version 22");
		Files.setLastModifiedTime(this.jar, time);
		assertThat(StartupCacheKey.of(this.jar, this.javaHome).staleness(made))
			.isEqualTo("the jar changed since the cache was made");
		made = StartupCacheKey.of(this.jar, this.javaHome);
		Files.setLastModifiedTime(this.jar, FileTime.fromMillis(time.toMillis() + 1000));
		assertThat(StartupCacheKey.of(this.jar, this.javaHome).staleness(made))
			.isEqualTo("the jar changed since the cache was made");
	}

	@Test
	void theJvmsLibraryOrModulesMakeItStale() throws IOException {
		StartupCacheKey made = StartupCacheKey.of(this.jar, this.javaHome);
		Files.writeString(this.javaHome.resolve("bin/server/jvm.dll"), "jvm 2");
		assertThat(StartupCacheKey.of(this.jar, this.javaHome).staleness(made))
			.isEqualTo("the JVM changed since the cache was made");
		made = StartupCacheKey.of(this.jar, this.javaHome);
		Files.writeString(this.javaHome.resolve("lib/modules"), "modules 2");
		assertThat(StartupCacheKey.of(this.jar, this.javaHome).staleness(made))
			.isEqualTo("the JVM changed since the cache was made");
	}

	@Test
	void noKeyOrAJarThatCannotBeReadIsStale() throws IOException {
		StartupCacheKey made = StartupCacheKey.of(this.jar, this.javaHome);
		assertThat(StartupCacheKey.read(this.root)).isNull();
		assertThat(made.staleness(null)).isEqualTo("the cache has no key: it was not made, or not to the end");
		Files.writeString(this.root.resolve(StartupCacheKey.FILE), "jar=1/2\n");
		assertThat(StartupCacheKey.read(this.root)).isNull();
		Files.delete(this.jar);
		assertThat(StartupCacheKey.of(this.jar, this.javaHome).staleness(made))
			.isEqualTo("the installed jar or the JVM cannot be read");
	}

}
