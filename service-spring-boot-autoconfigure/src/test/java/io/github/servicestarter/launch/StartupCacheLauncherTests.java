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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartupCacheLauncher}, in a JVM of its own with the class path a
 * Windows service that starts from its cache has: the extracted jar (whose
 * {@code Class-Path} names the launcher's jar and the application's), then the installed
 * jar. The same main class is in both, so where it was loaded from says which ran.
 */
class StartupCacheLauncherTests {

	@TempDir
	Path root;

	private Path cache;

	private Path installed;

	private final Path javaHome = Path.of(System.getProperty("java.home"));

	@BeforeEach
	void extractedAndInstalledJars() throws IOException {
		this.cache = this.root.resolve("startup-cache");
		Path lib = Files.createDirectories(this.cache.resolve("extracted/lib"));
		writeJar(lib.resolve("application.jar"), null, null, StartupCacheLauncher.class, StartupCacheKey.class,
				LaunchProbe.class);
		writeJar(this.cache.resolve("extracted/app.jar"), LaunchProbe.class.getName(), "lib/application.jar");
		this.installed = this.root.resolve("apps/app.jar");
		Files.createDirectories(this.installed.getParent());
		writeJar(this.installed, LaunchProbe.class.getName(), null, LaunchProbe.class);
	}

	@Test
	void aCacheMadeForTheInstalledJarAndThisJvmRunsTheExtractedApplication() throws Exception {
		StartupCacheKey.of(this.installed, this.javaHome).write(this.cache);
		assertThat(launch())
			.startsWith("loaded from " + this.cache.resolve("extracted/lib/application.jar").toFile().toURI())
			.endsWith(", stale: null, arguments: --server.port=0 two words");
	}

	@Test
	void aJarReplacedSinceTheCacheWasMadeRunsItselfAndNeverTheExtractedClasses() throws Exception {
		StartupCacheKey.of(this.installed, this.javaHome).write(this.cache);
		Files.setLastModifiedTime(this.installed, FileTime.fromMillis(1_000_000));
		// Its class loader's parent is the platform loader: the extracted classes on the
		// class path stay out of reach.
		assertThat(launch()).isEqualTo("loaded from " + this.installed.toFile().toURI()
				+ ", stale: the jar changed since the cache was made, arguments: --server.port=0 two words");
	}

	@Test
	void aCacheMadeForAnotherJvmOrWithoutAKeyIsStale() throws Exception {
		new StartupCacheKey(StartupCacheKey.of(this.installed, this.javaHome).jar(), "1/2 3/4").write(this.cache);
		assertThat(launch()).contains("stale: the JVM changed since the cache was made");
		Files.delete(this.cache.resolve(StartupCacheKey.FILE));
		assertThat(launch()).contains("stale: the cache has no key");
	}

	private String launch() throws IOException, InterruptedException {
		String java = this.javaHome.resolve("bin/java").toString();
		Process process = new ProcessBuilder(java, "-cp",
				this.cache.resolve("extracted/app.jar") + File.pathSeparator + this.installed,
				StartupCacheLauncher.class.getName(), "--server.port=0", "two words")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	private static void writeJar(Path jar, String mainClass, String classPath, Class<?>... classes) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (mainClass != null) {
			manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
		}
		if (classPath != null) {
			manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
		}
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
			for (Class<?> type : List.of(classes)) {
				String entry = type.getName().replace('.', '/') + ".class";
				jarOut.putNextEntry(new JarEntry(entry));
				try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
					in.transferTo(jarOut);
				}
				jarOut.closeEntry();
			}
		}
	}

}
