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
