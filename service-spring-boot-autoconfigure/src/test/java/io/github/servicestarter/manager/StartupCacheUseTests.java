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

package io.github.servicestarter.manager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import io.github.servicestarter.launch.StartupCacheLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a run's use of its start-up cache is read: from the unit's variables, and from the
 * mappings of the process, the JVM's own evidence.
 */
class StartupCacheUseTests {

	private static final String ARCHIVE = "/var/cache/app/extracted/application.jsa";

	private static final Map<String, String> USED = Map.of("SERVICE_STARTUP_CACHE", "-XX:SharedArchiveFile=" + ARCHIVE,
			"SERVICE_STARTUP_CACHE_STATE", "used");

	@TempDir
	Path directory;

	@Test
	void usedOnlyWhenTheJvmMappedTheArchive() {
		String mapped = "7f92d8bc7000-7f92db130000 rw-p 00001000 fe:00 2269352                    " + ARCHIVE;
		assertThat(StartupCacheUse.of(USED::get, Stream.of("55d1-55d2 r--p 0 fe:00 1 /usr/bin/java", mapped)))
			.isEqualTo(new StartupCacheUse(StartupCacheUse.State.USED, null));
		StartupCacheUse rejected = StartupCacheUse.of(USED::get,
				Stream.of("55d1-55d2 r--p 0 fe:00 1 /usr/bin/java", "7f92-7f93 rw-p 0 fe:00 2 " + ARCHIVE + ".old"));
		assertThat(rejected.state()).isEqualTo(StartupCacheUse.State.REJECTED);
		assertThat(rejected.reason()).as("no path: the endpoint shows it").doesNotContain("/");
	}

	@Test
	void offWithTheUnitsReasonAndNoneWithoutACache() {
		assertThat(StartupCacheUse
			.of(Map.of("SERVICE_STARTUP_CACHE", "", "SERVICE_STARTUP_CACHE_STATE", "off",
					"SERVICE_STARTUP_CACHE_REASON", "the training run failed (exit status 1)")::get, Stream.empty())
			.description()).isEqualTo("off (the training run failed (exit status 1))");
		assertThat(StartupCacheUse.of(Map.<String, String>of()::get, Stream.empty())).isEqualTo(StartupCacheUse.NONE);
	}

	@Test
	void onWindowsWhatTheLauncherFoundAndWhetherTheJvmShares() {
		assertThat(StartupCacheUse.launched(Map.of("java.vm.info", "mixed mode, sharing")::get))
			.isEqualTo(StartupCacheUse.NONE);
		Map<String, String> launched = Map.of(StartupCacheLauncher.LAUNCHED_PROPERTY, "true", "java.vm.info",
				"mixed mode, sharing");
		assertThat(StartupCacheUse.launched(launched::get))
			.isEqualTo(new StartupCacheUse(StartupCacheUse.State.USED, null));
		assertThat(StartupCacheUse
			.launched(Map.of(StartupCacheLauncher.LAUNCHED_PROPERTY, "true", "java.vm.info", "mixed mode")::get)
			.state()).isEqualTo(StartupCacheUse.State.REJECTED);
		assertThat(StartupCacheUse
			.launched(Map.of(StartupCacheLauncher.LAUNCHED_PROPERTY, "true", StartupCacheLauncher.STALE_PROPERTY,
					"the jar changed since the cache was made", "java.vm.info", "mixed mode")::get))
			.isEqualTo(new StartupCacheUse(StartupCacheUse.State.OFF,
					"the jar changed since the cache was made; service:restart, run as an administrator, makes it anew"));
	}

	@Test
	void whatTheUnitClaimsWithoutAProcessToCheck() {
		assertThat(StartupCacheUse.claimed(USED::get)).isEqualTo(new StartupCacheUse(StartupCacheUse.State.USED, null));
		assertThat(StartupCacheUse.claimed(Map.of("SERVICE_STARTUP_CACHE_STATE", "off")::get))
			.isEqualTo(new StartupCacheUse(StartupCacheUse.State.OFF, "unknown"));
		assertThat(StartupCacheUse.claimed(Map.<String, String>of()::get)).isEqualTo(StartupCacheUse.NONE);
	}

	@Test
	void readsTheEnvironmentFileAsTheUnitWritesIt() throws IOException {
		Path file = Files.writeString(this.directory.resolve("startup-cache.env"),
				"SERVICE_STARTUP_CACHE=-XX:AOTCache=/var/cache/app/extracted/application.aot\nSERVICE_JAR=\"/opt/app/app.jar\"\n"
						+ "SERVICE_STARTUP_CACHE_STATE=used\nSERVICE_STARTUP_CACHE_REASON=\"\"\n");
		assertThat(StartupCacheUse.readEnvironmentFile(file))
			.containsEntry("SERVICE_STARTUP_CACHE", "-XX:AOTCache=/var/cache/app/extracted/application.aot")
			.containsEntry("SERVICE_JAR", "/opt/app/app.jar")
			.containsEntry("SERVICE_STARTUP_CACHE_REASON", "");
		assertThat(StartupCacheUse.readEnvironmentFile(this.directory.resolve("missing"))).isEmpty();
	}

}
