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

package io.github.servicestarter.sample.e2e;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up cache as root installs it on a booted Debian whose PID 1 is systemd: the
 * service runs from the archive its training run made (the JVM's own evidence: the
 * archive mapped into the running process), a jar replaced by rename is never run from
 * the old extraction, and a training run that fails leaves a service that runs without
 * the cache and says why. Each test boots a clean system.
 */
@Tag(BootedDebian.EVERY_RELEASE)
class StartupCacheIT {

	private static final String UNIT = "sample-app.service";

	private static final String CACHE = "/var/cache/sample-app";

	private static final int PORT = 8080;

	@RegisterExtension
	static final BootedDebian debian = new BootedDebian();

	@Test
	void theServiceRunsFromItsCacheAndAJarReplacedByRenameIsNeverRunStale() throws Exception {
		String install = debian.install(PORT);
		assertThat(install).contains("Started " + UNIT, "Startup cache: used");
		awaitHealth();
		String archive = CACHE + "/extracted/"
				+ ((BootedDebian.RELEASE.javaFeature() >= 25) ? "application.aot" : "application.jsa");
		assertThat(mapped(archive)).as("the JVM mapped the archive").isTrue();
		assertThat(debian.get(PORT, "/actuator/service")).contains("\"startupCache\":{\"state\":\"used\"");
		assertThat(debian.get(PORT, "/actuator/prometheus")).contains("service_startup_cache_used 1.0");
		assertThat(debian.get(PORT, "/version")).isEqualTo("{\"version\":\"1\"}");
		String firstKey = Files.readString(debian.path(CACHE + "/key"));
		assertThat(debian.exec("stat", "-c", "%U %a", CACHE, CACHE + "/extracted", archive).output())
			.as("written by root only")
			.isEqualTo("root 755\nroot 755\nroot 644\n");

		SampleJars.withProperties(debian.path("/opt/app/app-2.jar"), "sample.version=2\n");
		Files.move(debian.path("/opt/app/app-2.jar"), debian.path(BootedDebian.JAR),
				StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		assertThat(debian.exec("systemctl", "restart", UNIT).exitCode()).isZero();
		awaitHealth();
		assertThat(debian.get(PORT, "/version")).as("the new jar's classes and resources")
			.isEqualTo("{\"version\":\"2\"}");
		assertThat(Files.readString(debian.path(CACHE + "/key"))).isNotEqualTo(firstKey);
		assertThat(mapped(archive)).as("the archive made anew for the new jar").isTrue();
		assertThat(debian.get(PORT, "/actuator/service")).contains("\"startupCache\":{\"state\":\"used\"");
		assertThat(debian.journal("-u", UNIT)).contains("Startup cache: the jar changed since it was made",
				"Startup cache: ready");
		assertThat(debian.app("service:status").output()).contains("Startup cache: used");

		BootedDebian.Result uninstall = debian.app("service:uninstall");
		assertThat(uninstall.exitCode()).as(uninstall.output()).isZero();
		assertThat(debian.path(CACHE)).doesNotExist();
	}

	@Test
	void aTrainingRunThatFailsLeavesAServiceWithoutTheCacheThatSaysWhy() throws Exception {
		String install = debian.install(PORT,
				"--service.install.training-arguments=--spring.config.import=file:/nonexistent.properties");
		assertThat(install).contains("Started " + UNIT, "Startup cache: off (the training run failed (exit status 1))");
		awaitHealth();
		assertThat(debian.get(PORT, "/actuator/service"))
			.contains("\"startupCache\":{\"state\":\"off\",\"reason\":\"the training run failed (exit status 1)\"}");
		assertThat(debian.get(PORT, "/actuator/prometheus")).contains("service_startup_cache_used 0.0");
		assertThat(debian.journal("-u", UNIT)).contains("nonexistent.properties");
		// Tried once per jar and JVM: a restart runs no training.
		assertThat(debian.exec("systemctl", "restart", UNIT).exitCode()).isZero();
		awaitHealth();
		assertThat(debian.journal("-u", UNIT)).containsOnlyOnce("Startup cache: training run");
	}

	private static void awaitHealth() {
		debian.awaitUnit(UNIT, Duration.ofSeconds(60), (state) -> state.get("StatusText").contains("health"),
				"StatusText");
	}

	private static boolean mapped(String archive) {
		String pid = debian.show(UNIT, "MainPID").get("MainPID");
		return debian.exec("grep", "-q", archive, "/proc/" + pid + "/maps").exitCode() == 0;
	}

}
