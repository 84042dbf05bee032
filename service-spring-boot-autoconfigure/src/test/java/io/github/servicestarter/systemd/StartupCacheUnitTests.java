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

package io.github.servicestarter.systemd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.servicestarter.manager.StartupCacheUse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up cache's three {@code ExecStartPre=} scripts, run by {@code /bin/sh} as
 * systemd runs them, against a stand-in {@code java} that records its calls, and the unit
 * lines that carry them.
 */
class StartupCacheUnitTests {

	@TempDir
	Path directory;

	private Path java;

	private Path jar;

	private Path cache;

	private Path training;

	private Path calls;

	@BeforeEach
	void standInJava() throws IOException {
		Path home = Files.createDirectories(this.directory.resolve("jdk"));
		Files.createDirectories(home.resolve("bin"));
		Files.createDirectories(home.resolve("lib"));
		Files.writeString(home.resolve("lib/modules"), "modules of one build");
		this.calls = this.directory.resolve("calls");
		// Extracts by writing the jar's name into the destination; fails when the jar
		// says so.
		this.java = Files.writeString(home.resolve("bin/java"), """
				#!/bin/sh
				echo "$@" >> "%s"
				if grep -q broken "$3"; then echo "not a Spring Boot jar" >&2; exit 1; fi
				mkdir -p "$6/lib" && cp "$3" "$6/app.jar"
				""".formatted(this.calls));
		Files.setPosixFilePermissions(this.java, PosixFilePermissions.fromString("rwxr-xr-x"));
		this.jar = Files.writeString(this.directory.resolve("app.jar"), "version 1");
		this.cache = Files.createDirectories(this.directory.resolve("cache"));
		this.training = this.directory.resolve("state/startup-cache-training");
	}

	@Test
	void aNewJarIsExtractedAndATrainingRunAskedForOnce() throws IOException {
		ShellResult first = check();
		assertThat(first.exitCode()).isZero();
		assertThat(first.output()).contains("Startup cache: none made yet: extracting " + this.jar);
		assertThat(this.cache.resolve("extracted/app.jar")).hasContent("version 1");
		assertThat(this.cache.resolve("train")).exists();
		assertThat(this.cache.resolve("key")).doesNotExist();
		assertThat(environment()).containsEntry(StartupCacheUse.CACHE_VARIABLE, "")
			.containsEntry(StartupCacheUnit.JAR_VARIABLE, extracted().toString());
		adopt(0, "archive");
		assertThat(check().output()).isEmpty();
		assertThat(Files.readAllLines(this.calls)).as("extracted once").hasSize(1);
	}

	@Test
	void aJarReplacedOrAnotherJvmMakesTheCacheAnew() throws IOException {
		check();
		adopt(0, "archive");
		String key = Files.readString(this.cache.resolve("key"));
		Path replacement = Files.writeString(this.directory.resolve("app-2.jar"), "version 2");
		Files.move(replacement, this.jar, StandardCopyOption.REPLACE_EXISTING);
		assertThat(check().output()).contains("the jar changed since it was made");
		assertThat(this.cache.resolve("extracted/app.jar")).hasContent("version 2");
		assertThat(environment()).as("no archive of the old jar").containsEntry(StartupCacheUse.CACHE_VARIABLE, "");
		adopt(0, "archive 2");
		assertThat(Files.readString(this.cache.resolve("key"))).isNotEqualTo(key);
		key = Files.readString(this.cache.resolve("key"));
		Files.setLastModifiedTime(this.java.getParent().resolveSibling("lib/modules"),
				FileTime.from(Instant.now().plus(Duration.ofDays(1))));
		assertThat(check().output()).contains("the JVM changed since it was made");
		adopt(0, "archive 3");
		assertThat(Files.readString(this.cache.resolve("key"))).isNotEqualTo(key);
	}

	@Test
	void aJarWrittenAgainWithTheSameBytesIsNotExtractedAgain() throws IOException {
		check();
		adopt(0, "archive");
		assertThat(check().output()).isEmpty();
		assertThat(this.cache.resolve("stamp")).as("the digest is computed once").exists();
		Files.writeString(this.jar, "version 1");
		assertThat(check().output()).isEmpty();
		assertThat(Files.readAllLines(this.calls)).hasSize(1);
		Files.writeString(this.jar, "version 9");
		assertThat(check().output()).as("same size, other bytes").contains("the jar changed since it was made");
	}

	@Test
	void aJarThatCannotBeExtractedRunsItselfAndIsTriedAgainAtTheNextStart() throws IOException {
		Files.writeString(this.jar, "broken");
		ShellResult checked = check();
		assertThat(checked.exitCode()).isZero();
		assertThat(checked.output()).contains("cannot extract", "not a Spring Boot jar");
		assertThat(environment()).containsEntry(StartupCacheUnit.JAR_VARIABLE, this.jar.toString())
			.containsEntry(StartupCacheUse.STATE_VARIABLE, "off")
			.containsEntry(StartupCacheUse.REASON_VARIABLE, "the jar could not be extracted with -Djarmode=tools");
		assertThat(this.cache.resolve("train")).doesNotExist();
		assertThat(this.cache.resolve("key")).doesNotExist();
		check();
		assertThat(Files.readAllLines(this.calls)).hasSize(2);
	}

	@Test
	void theArchiveOfASuccessfulTrainingRunIsUsed() throws IOException {
		check();
		ShellResult adopted = adopt(0, "archive");
		assertThat(adopted.output()).contains("Startup cache: ready");
		Path archive = this.cache.resolve("extracted/application.jsa");
		assertThat(archive).hasContent("archive");
		assertThat(environment()).containsEntry(StartupCacheUse.CACHE_VARIABLE, "-XX:SharedArchiveFile=" + archive)
			.containsEntry(StartupCacheUnit.JAR_VARIABLE, extracted().toString())
			.containsEntry(StartupCacheUse.STATE_VARIABLE, "used");
		assertThat(this.cache.resolve("train")).doesNotExist();
		assertThat(this.training).doesNotExist();
	}

	@Test
	void aFailedTrainingRunLeavesTheExtractedJarWithoutArchiveAndIsNotRepeated() throws IOException {
		check();
		ShellResult adopted = adopt(1, null);
		assertThat(adopted.output()).contains("the training run failed (exit status 1)", "last words of the run")
			.doesNotContain("Preload Warning");
		assertThat(environment()).containsEntry(StartupCacheUse.CACHE_VARIABLE, "")
			.containsEntry(StartupCacheUnit.JAR_VARIABLE, extracted().toString())
			.containsEntry(StartupCacheUse.STATE_VARIABLE, "off")
			.containsEntry(StartupCacheUse.REASON_VARIABLE, "the training run failed (exit status 1)");
		assertThat(this.cache.resolve("key")).exists();
		assertThat(check().output()).isEmpty();
		assertThat(adopt(0, null).output()).as("nothing asked for").isEmpty();
	}

	@Test
	void aTrainingRunThatWritesNoArchiveSaysSo() throws IOException {
		check();
		adopt(0, null);
		assertThat(environment()).containsEntry(StartupCacheUse.REASON_VARIABLE, "the training run wrote no archive");
	}

	@Test
	void theTrainingRunRunsOnlyWhenAskedAndWithoutTheNotifySocket() throws IOException {
		List<String> command = List.of("/bin/sh", "-c", "echo \"notify=${NOTIFY_SOCKET:-unset} $1\"; exit 3", "run",
				"word with $ and %");
		assertThat(train(command).output()).isEmpty();
		assertThat(this.training).doesNotExist();
		check();
		train(command);
		assertThat(this.training.resolve("output")).content(StandardCharsets.UTF_8)
			.isEqualTo("notify=unset word with $ and %\n");
		assertThat(this.training.resolve("exit")).content(StandardCharsets.UTF_8).isEqualTo("3\n");
	}

	@Test
	void theUnitRunsTheVariablesAndNamesTheJarForItsCommands() {
		StartupCacheUnit unit = new StartupCacheUnit(Path.of("/var/cache/app"), Path.of("/usr/bin/java"),
				Path.of("/opt/app/app.jar"), "application.jsa", "-XX:SharedArchiveFile=",
				List.of("/usr/bin/java", "-XX:ArchiveClassesAtExit=/var/lib/app/t/application.jsa", "-jar",
						"/var/cache/app/extracted/app.jar", "--discount=10%"),
				Path.of("/var/lib/app/t"));
		assertThat(unit.execStart(List.of("/usr/bin/java", "-Xmx64m", "-jar", "/opt/app/app.jar", "--price=$5")))
			.isEqualTo("/usr/bin/java -Xmx64m $SERVICE_STARTUP_CACHE -jar ${SERVICE_JAR} --price=$$5");
		List<String> steps = unit.execStartPre();
		assertThat(steps).hasSize(3);
		assertThat(steps.get(0)).startsWith("+/bin/sh -c ")
			.endsWith(" startup-cache-check /usr/bin/java /opt/app/app.jar /var/cache/app "
					+ "/var/cache/app/extracted/app.jar")
			.contains("%%s %%Y", "$$(sha256sum");
		assertThat(steps.get(1)).startsWith("-/bin/sh -c ").endsWith(" --discount=10%%");
		assertThat(steps.get(2)).startsWith("+/bin/sh -c ");
		String rendered = "ExecStartPre=" + steps.get(0);
		assertThat(SystemdUnitFile.runsJar(rendered, Path.of("/opt/app/app.jar"))).isTrue();
		assertThat(SystemdUnitFile.runsJar(rendered, Path.of("/opt/app/other.jar"))).isFalse();
	}

	private Path extracted() {
		return this.cache.resolve("extracted/app.jar");
	}

	private ShellResult check() {
		return run(List.of("/bin/sh", "-c", StartupCacheUnit.CHECK, "startup-cache-check", this.java.toString(),
				this.jar.toString(), this.cache.toString(), extracted().toString()));
	}

	private ShellResult train(List<String> command) {
		List<String> words = new ArrayList<>(List.of("/bin/sh", "-c", StartupCacheUnit.TRAIN, "startup-cache-training",
				this.cache.toString(), this.training.toString()));
		words.addAll(command);
		return run(words);
	}

	/**
	 * What a training run leaves: its exit status, its output and, when given, an
	 * archive.
	 */
	private ShellResult adopt(int exitStatus, String archive) throws IOException {
		Files.createDirectories(this.training);
		Files.writeString(this.training.resolve("exit"), exitStatus + "\n");
		Files.writeString(this.training.resolve("output"),
				"[0.928s][warning][aot] Preload Warning: Verification failed\nlast words of the run\n");
		if (archive != null) {
			Files.writeString(this.training.resolve("application.jsa"), archive);
		}
		return run(List.of("/bin/sh", "-c", StartupCacheUnit.ADOPT, "startup-cache-adopt", this.cache.toString(),
				this.training.toString(), "application.jsa", "-XX:SharedArchiveFile=", extracted().toString()));
	}

	private Map<String, String> environment() {
		return StartupCacheUse.readEnvironmentFile(this.cache.resolve(StartupCacheUnit.ENVIRONMENT_FILE));
	}

	private static ShellResult run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return new ShellResult(process.waitFor(), output);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record ShellResult(int exitCode, String output) {

	}

}
