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

import io.github.servicestarter.cli.InstalledUnits.InstalledUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InstalledUnits}.
 */
class InstalledUnitsTests {

	private static final Path JAR = Path.of("/opt/my apps/app.jar");

	@TempDir
	Path system;

	@TempDir
	Path user;

	@Test
	void findsTheUnitsThatRunTheJarWhateverTheirName() throws IOException {
		unit(this.system, "orders.service", "ExecStart=/usr/bin/java -Xmx512m -jar \"/opt/my apps/app.jar\" --a=b");
		unit(this.system, "other.service", "ExecStart=/usr/bin/java -jar \"/opt/my apps/app.jar.old\"");
		unit(this.system, "orders.service.d", null);
		unit(this.user, "mine.service", "ExecStart=/usr/bin/java -jar \"/opt/my apps/app.jar\"");
		assertThat(InstalledUnits.running(JAR, this.system, this.user))
			.containsExactly(new InstalledUnit("orders", false), new InstalledUnit("mine", true));
	}

	@Test
	void noUnitsWhereNothingIsInstalled() {
		assertThat(InstalledUnits.running(JAR, this.system.resolve("missing"), this.user)).isEmpty();
	}

	private static void unit(Path directory, String name, String execStart) throws IOException {
		if (execStart == null) {
			Files.createDirectory(directory.resolve(name));
			return;
		}
		Files.writeString(directory.resolve(name), "[Service]\nType=notify\n" + execStart + "\n");
	}

}
