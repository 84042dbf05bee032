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

import java.nio.file.Path;
import java.util.List;

import io.github.servicestarter.systemd.StartupCacheUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which archive a JVM makes, the training run's command line, and the paths a cache's
 * environment file cannot carry (systemd splits {@code $SERVICE_STARTUP_CACHE} at white
 * space and reads quotes, backslashes and {@code $} in the file).
 */
class StartupCachePlanTests {

	private static final Path CACHE = Path.of("/var/cache/app");

	@Test
	void dynamicCdsBeforeJdk25AndAnAotCacheFrom25() {
		List<String> command = List.of("/usr/bin/java", "-Xmx64m", "-jar", "/opt/app/app.jar", "--server.port=8080");
		StartupCacheUnit cds = StartupCachePlan.forJvm(17)
			.unit(CACHE, Path.of("/var/lib/app"), command, List.of("--spring.profiles.active=training"));
		assertThat(cds.archiveOption()).isEqualTo("-XX:SharedArchiveFile=");
		assertThat(cds.trainingCommand()).containsExactly("/usr/bin/java", "-Xmx64m",
				"-XX:ArchiveClassesAtExit=/var/lib/app/startup-cache-training/application.jsa",
				"-Dspring.context.exit=onRefresh", "-Dservice.manager=none", "-jar", "/var/cache/app/extracted/app.jar",
				"--server.port=8080", "--spring.profiles.active=training");
		StartupCacheUnit aot = StartupCachePlan.forJvm(25).unit(CACHE, Path.of("/var/lib/app"), command, List.of());
		assertThat(aot.archiveOption()).isEqualTo("-XX:AOTCache=");
		assertThat(aot.trainingCommand())
			.contains("-XX:AOTCacheOutput=/var/lib/app/startup-cache-training/application.aot");
	}

	@Test
	void pathsTheEnvironmentFileCannotCarryAreSaidWhy() {
		assertThat(StartupCachePlan.unsupported(CACHE, Path.of("/opt/app/app-1.0+b2.jar"))).isNull();
		for (String jar : List.of("/opt/app/a\nb.jar", "/opt/app/a\rb.jar", "/opt/app/100%.jar", "/opt/app/$HOME.jar",
				"/opt/app/app.jar\\", "/opt/my app/app.jar", "/opt/app/\"a\".jar", "/opt/app/äpp.jar")) {
			// A huge path is refused before, as a word of the command line
			// (UnitSyntax.commandWord).
			assertThat(StartupCachePlan.unsupported(CACHE, Path.of(jar))).as(jar)
				.contains("which the cache's environment file cannot carry");
		}
		assertThat(StartupCachePlan.unsupported(Path.of("/home/a user/.cache/app"), Path.of("/opt/app/app.jar")))
			.startsWith("/home/a user/.cache/app holds characters");
	}

}
