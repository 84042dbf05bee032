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

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import io.github.servicestarter.launch.StartupCacheKey;
import io.github.servicestarter.launch.StartupCacheLauncher;
import io.github.servicestarter.windows.SecurityDescriptor;
import io.github.servicestarter.windows.ServiceSid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WindowsStartupCache}, with steps that make what the JVM's would. The
 * real steps run under Wine ({@code WindowsServiceIT}).
 */
class WindowsStartupCacheTests {

	@TempDir
	Path root;

	private Path stateDirectory;

	private Path java;

	private Path jar;

	private final WindowsServiceInstallerTests.FakeWindowsSecurity security = new WindowsServiceInstallerTests.FakeWindowsSecurity();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final FakeSteps steps = new FakeSteps();

	@BeforeEach
	void installedJarAndJvm() throws IOException {
		this.stateDirectory = this.root.resolve("ProgramData/app");
		Path javaHome = this.root.resolve("jdk");
		Files.createDirectories(javaHome.resolve("lib/server"));
		Files.createDirectories(javaHome.resolve("bin"));
		Files.writeString(javaHome.resolve("lib/modules"), "modules");
		Files.writeString(javaHome.resolve("lib/server/libjvm.so"), "jvm");
		this.java = javaHome.resolve("bin/java");
		this.jar = this.root.resolve("apps/my app.jar");
		Files.createDirectories(this.jar.getParent());
		Files.writeString(this.jar, "version 1");
	}

	@Test
	void aCacheIsTheExtractionAClassListArchiveAndTheKeyAndTheServiceRunsTheLauncherOnThem() throws IOException {
		List<String> cached = cache(17).prepare(command(), List.of("--spring.profiles.active=training"));
		Path directory = this.stateDirectory.resolve("startup-cache");
		String classPath = directory.resolve("extracted/application.jar") + File.pathSeparator + this.jar;
		assertThat(cached).containsExactly(this.java.toString(), "-Duser.dir=/apps",
				"-XX:SharedArchiveFile=" + directory.resolve("application.jsa"), "-cp", classPath,
				StartupCacheLauncher.class.getName(), "--service.name=app", "--service.manager=windows");
		assertThat(this.steps.commands).hasSize(3);
		assertThat(this.steps.commands.get(0)).containsExactly(this.java.toString(), "-Djarmode=tools", "-jar",
				this.jar.toString(), "extract", "--destination", directory.resolve("extracted").toString(),
				"--application-filename", "application.jar");
		// Run as the service would run it, the starter and the web server off, its
		// --service.manager=windows left out (a command-line argument would win).
		assertThat(this.steps.commands.get(1)).containsExactly(this.java.toString(), "-Duser.dir=/apps",
				"-XX:DumpLoadedClassList=" + directory.resolve("classes.lst"), "-Dspring.context.exit=onRefresh",
				"-Dservice.manager=none", "-cp", classPath, "com.example.App", "--service.name=app",
				"--spring.profiles.active=training");
		assertThat(this.steps.commands.get(2)).containsExactly(this.java.toString(), "-Duser.dir=/apps", "-Xshare:dump",
				"-XX:SharedClassListFile=" + directory.resolve("classes.lst"),
				"-XX:SharedArchiveFile=" + directory.resolve("application.jsa"), "-cp", classPath);
		assertThat(directory.resolve("classes.lst")).doesNotExist();
		assertThat(StartupCacheKey.read(directory))
			.isEqualTo(StartupCacheKey.of(this.jar, this.java.getParent().getParent()));
		assertThat(this.security.written)
			.containsExactly(directory + " " + SecurityDescriptor.startupCacheDirectory(ServiceSid.of("app")));
		assertThat(printed()).contains("Startup cache: made in", "(application.jsa, 0 MB)");
	}

	@Test
	void fromJdk25TheTrainingRunWritesAnAotCache() {
		List<String> cached = cache(25).prepare(command(), List.of());
		Path archive = this.stateDirectory.resolve("startup-cache/application.aot");
		assertThat(cached).contains("-XX:AOTCache=" + archive).doesNotContain("-jar");
		assertThat(this.steps.commands).hasSize(2);
		assertThat(this.steps.commands.get(1)).contains("-XX:AOTCacheOutput=" + archive);
	}

	@Test
	void aTrainingRunThatFailsLeavesNoCacheAndSaysWhyWithItsLastLines() {
		this.steps.failing = 1;
		assertThat(cache(17).prepare(command(), List.of())).isNull();
		assertThat(this.stateDirectory.resolve("startup-cache")).doesNotExist();
		assertThat(printed()).contains("Startup cache: none (the training run failed (exit status 1); it printed "
				+ "last: step 0 | step 1 | APPLICATION FAILED TO START)");
	}

	@Test
	void aWordWithADoubleQuoteRunsNoStep() {
		assertThat(cache(17).prepare(command(), List.of("--greeting=say \"hi\""))).isNull();
		assertThat(this.steps.commands).isEmpty();
		assertThat(printed()).contains("Startup cache: none (the word --greeting=say \"hi\" holds a double quote");
	}

	@Test
	void aTrainingArgumentWithALineBreakRunsNoStep() {
		assertThat(cache(17).prepare(command(), List.of("--a=one\n--b=two"))).isNull();
		assertThat(cache(17).prepare(command(), List.of("--a=one\rtwo"))).isNull();
		assertThat(this.steps.commands).isEmpty();
		assertThat(printed())
			.contains("Startup cache: none (the word --a=one\\n--b=two cannot be kept", "--a=one\\rtwo cannot be kept")
			.doesNotContain("--a=one\n");
	}

	@Test
	void hostileTrainingArgumentsReachTheTrainingRunAsTheyAreAndAreMadeAgainAsTheyWere() throws IOException {
		List<String> hostile = List.of("--a=100%", "--b=$HOME", "--c=C:\\dir\\", "--d=gr\u00fc\u00dfe \u65e5\u672c",
				"--e=" + "x".repeat(20_000));
		WindowsStartupCache cache = cache(17);
		cache.prepare(command(), hostile);
		assertThat(this.steps.commands.get(1)).endsWith(hostile.toArray(String[]::new));
		Files.writeString(this.jar, "version 2, longer");
		cache.refreshIfStale();
		assertThat(this.steps.commands.get(4)).endsWith(hostile.toArray(String[]::new));
	}

	@Test
	void aCacheThatServesIsKeptAndAStaleOneIsMadeAnewWithWhatItWasMadeFor() throws IOException {
		WindowsStartupCache cache = cache(17);
		List<String> cached = cache.prepare(command(), List.of("--training"));
		this.steps.commands.clear();
		assertThat(cache.refreshIfStale()).isNull();
		assertThat(cache.describe()).isEqualTo("made for this jar and JVM (application.jsa)");
		assertThat(this.steps.commands).isEmpty();
		Files.writeString(this.jar, "version 2, longer");
		assertThat(cache.describe())
			.isEqualTo("stale (the jar changed since the cache was made; service:restart makes it anew)");
		assertThat(cache.refreshIfStale()).isEqualTo(cached);
		assertThat(this.steps.commands).hasSize(3);
		assertThat(this.steps.commands.get(1)).endsWith("--training");
		assertThat(cache.describe()).startsWith("made for this jar");
	}

	@Test
	void aRefreshThatFailsHasTheServiceRunTheJarItself() throws IOException {
		WindowsStartupCache cache = cache(17);
		cache.prepare(command(), List.of());
		Files.setLastModifiedTime(this.jar, FileTime.fromMillis(1_000_000));
		this.steps.failing = 1;
		assertThat(cache.refreshIfStale()).isEqualTo(command());
		assertThat(cache.describe()).isNull();
	}

	private WindowsStartupCache cache(int feature) {
		return new WindowsStartupCache(this.stateDirectory, "app", feature, this.security, this.steps,
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private List<String> command() {
		return List.of(this.java.toString(), "-Duser.dir=/apps", "-jar", this.jar.toString(), "--service.name=app",
				"--service.manager=windows");
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Makes what each step of the JVM would: the extracted jar naming its main class, the
	 * class list, the archive.
	 */
	static final class FakeSteps implements WindowsStartupCache.Steps {

		final List<List<String>> commands = new ArrayList<>();

		int failing = -1;

		@Override
		public int run(List<String> command, Path log) throws IOException {
			int step = this.commands.size() % 3;
			this.commands.add(command);
			Files.writeString(log, "step " + step + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			if (step == this.failing) {
				Files.writeString(log, "APPLICATION FAILED TO START\n", StandardCharsets.UTF_8,
						StandardOpenOption.APPEND);
				return 1;
			}
			for (String word : command) {
				if (word.equals("--destination")) {
					Path extracted = Path.of(command.get(command.indexOf(word) + 1));
					Files.createDirectories(extracted);
					writeJar(extracted.resolve(command.get(command.indexOf("--application-filename") + 1)));
				}
				else if (word.startsWith("-XX:SharedArchiveFile=") || word.startsWith("-XX:AOTCacheOutput=")
						|| word.startsWith("-XX:DumpLoadedClassList=")) {
					Files.writeString(Path.of(word.substring(word.indexOf('=') + 1)), "archive");
				}
			}
			return 0;
		}

		private static void writeJar(Path jar) throws IOException {
			Manifest manifest = new Manifest();
			manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
			manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.App");
			try (OutputStream out = Files.newOutputStream(jar);
					JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
				jarOut.flush();
			}
		}

	}

}
