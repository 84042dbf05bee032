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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code service:install} and {@code service:upgrade} refuse and how they replace a
 * running service, as root on a booted Debian whose PID 1 is systemd: nothing a file in
 * the current directory, another user or a distribution's unit can smuggle in, and an
 * upgrade that never rewrites the jar a running JVM reads. Each test boots a clean
 * system.
 */
@Tag(BootedDebian.EVERY_RELEASE)
class ServiceInstallSafetyIT {

	private static final String UNIT = "sample-app.service";

	private static final int PORT = 8080;

	@RegisterExtension
	static final BootedDebian debian = new BootedDebian();

	@Test
	void upgradeUnderLoadLetsTheOldProcessDrainAndTheNewVersionServe() throws Exception {
		install();
		assertThat(debian.get(PORT, "/version")).isEqualTo("{\"version\":\"1\"}");
		String oldPid = debian.show(UNIT, "MainPID").get("MainPID");
		SampleJars.withProperties(debian.path("/root/upload/app-2.jar"), "sample.version=2\n");
		List<CompletableFuture<BootedDebian.Result>> slow = debian.slowRequestsInFlight(PORT, 5, 4000);
		BootedDebian.Result upgrade = debian.app("service:upgrade", "/root/upload/app-2.jar");
		assertThat(upgrade.exitCode()).as(upgrade.output()).isZero();
		assertThat(upgrade.output()).contains("by rename", "kept as /opt/app/app.jar.previous", "Restarted " + UNIT);
		assertThat(slow).allSatisfy((request) -> assertThat(request.join().output()).contains("\"sleptMs\":4000"));
		assertThat(debian.show(UNIT, "MainPID").get("MainPID")).isNotEqualTo(oldPid);
		assertThat(debian.get(PORT, "/version")).isEqualTo("{\"version\":\"2\"}");
		String journal = debian.journal("-u", UNIT);
		assertThat(journal).doesNotContain("NoClassDefFoundError", "ClassNotFoundException", "ZipException");
		assertThat(debian.get(PORT, "/actuator/prometheus")).as("the old process recorded a clean stop")
			.contains("service_crashes_total{reason=\"unknown\"} 0.0")
			.doesNotContainPattern("service_crashes_total\\{reason=\"[a-z-]+\"\\} [1-9]");
		BootedDebian.Result rollback = debian.app("service:rollback");
		assertThat(rollback.exitCode()).as(rollback.output()).isZero();
		assertThat(debian.get(PORT, "/version")).isEqualTo("{\"version\":\"1\"}");
	}

	@Test
	void anUpgradeThatDoesNotStartRollsBack() throws Exception {
		install();
		SampleJars.withProperties(debian.path("/root/upload/broken.jar"), "service.manager=sometimes\n");
		BootedDebian.Result upgrade = debian.app("service:upgrade", "/root/upload/broken.jar");
		assertThat(upgrade.exitCode()).as(upgrade.output()).isEqualTo(1);
		assertThat(upgrade.output()).contains("The new jar did not start", "Rolled back: " + UNIT);
		assertThat(debian.show(UNIT, "ActiveState")).containsEntry("ActiveState", "active");
		assertThat(debian.get(PORT, "/version")).isEqualTo("{\"version\":\"1\"}");
		assertThat(debian.journal("-u", UNIT)).contains("Invalid setting service.manager=sometimes");
		BootedDebian.Result notAJar = debian.app("service:upgrade", "/etc/hostname");
		assertThat(notAJar.exitCode()).isEqualTo(2);
		assertThat(notAJar.output()).contains("/etc/hostname is no jar", "unchanged");
	}

	@Test
	void aJarInADirectoryEveryoneCanWriteIsNotInstalled() {
		debian.execOrFail("mkdir", "-m", "1777", "/srv/shared");
		debian.execOrFail("cp", BootedDebian.JAR, "/srv/shared/app.jar");
		BootedDebian.Result install = debian.exec("java", "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar",
				"/srv/shared/app.jar", "service:install", "--server.port=" + PORT);
		assertThat(install.exitCode()).as(install.output()).isEqualTo(8);
		assertThat(install.output())
			.contains("/srv/shared (the jar's directory) can be changed by its group and every user")
			.contains("Nothing was installed or changed");
		assertThat(debian.path("/etc/systemd/system/sample-app.service")).doesNotExist();
	}

	@Test
	void configurationInRootsCurrentDirectoryCannotAddAnAgentOrRunAsRoot() throws Exception {
		Path config = Files.createDirectories(debian.path("/root/work/config"));
		Files.writeString(config.resolve("application.properties"),
				"service.install.jvm-options=-javaagent:/tmp/evil.jar\n");
		BootedDebian.Result agent = installFrom("/root/work");
		assertThat(agent.exitCode()).as(agent.output()).isEqualTo(2);
		assertThat(agent.output()).contains("Settings (current directory /root/work):")
			.contains(
					"service.install.jvm-options=-javaagent:/tmp/evil.jar (from URL [file:config/application.properties]")
			.contains("Refused service.install.jvm-options (set in ")
			.contains("loads code into the service's JVM");
		Files.writeString(config.resolve("application.properties"), "service.install.run-as=root\n");
		BootedDebian.Result root = installFrom("/root/work");
		assertThat(root.exitCode()).as(root.output()).isEqualTo(2);
		assertThat(root.output()).contains("Refused service.install.run-as (set in ")
			.contains("config/application.properties");
		assertThat(debian.path("/etc/systemd/system/sample-app.service")).doesNotExist();
	}

	@Test
	void theNameOfAUnitTheDistributionShipsIsRefused() {
		BootedDebian.Result install = debian.app("service:install", "--server.port=" + PORT, "--service.name=dbus",
				"--service.install.force=true");
		assertThat(install.exitCode()).as(install.output()).isEqualTo(7);
		// Debian 13 ships its units under /usr only (merged /usr); Debian 12 under /lib.
		assertThat(install.output()).containsPattern(
				"systemd already has a unit named dbus\\.service \\(/(usr/)?lib/systemd/system/dbus\\.service\\)");
		assertThat(debian.path("/etc/systemd/system/dbus.service")).doesNotExist();
		assertThat(debian.show("dbus.service", "ActiveState")).containsEntry("ActiveState", "active");
		BootedDebian.Result stop = debian.app("service:stop", "--service.name=dbus");
		assertThat(stop.exitCode()).as(stop.output()).isEqualTo(4);
		assertThat(debian.show("dbus.service", "ActiveState")).containsEntry("ActiveState", "active");
	}

	private static void install() {
		assertThat(debian.install(PORT)).contains("Started " + UNIT);
		debian.awaitUnit(UNIT, Duration.ofSeconds(60), (state) -> state.get("StatusText").contains("health"),
				"StatusText");
	}

	private static BootedDebian.Result installFrom(String directory) {
		return debian.exec("sh", "-c", "cd " + directory + " && exec java -Xmx192m -XX:TieredStopAtLevel=1 -jar "
				+ BootedDebian.JAR + " service:install --server.port=" + PORT);
	}

}
