package io.github.servicestarter.manager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProcessCgroups}.
 */
class ProcessCgroupsTests {

	@TempDir
	Path directory;

	@Test
	void aHybridHostListsTheUnifiedPathAndEachV1Hierarchy() throws IOException {
		// As a service's /proc/self/cgroup reads on a hybrid host (this build machine's
		// kind).
		ProcessCgroups cgroups = read("""
				12:cpu,cpuacct:/system.slice/app.service
				9:name=systemd:/system.slice/app.service
				4:memory:/system.slice/app.service
				0::/system.slice/app.service
				""");
		assertThat(cgroups.unified()).isEqualTo("/system.slice/app.service");
		assertThat(cgroups.controller("cpuacct")).hasValue("/system.slice/app.service");
		assertThat(cgroups.controller("memory")).hasValue("/system.slice/app.service");
		assertThat(cgroups.controller("io")).isEmpty();
		assertThat(cgroups.systemd()).hasValue("/system.slice/app.service");
	}

	@Test
	void aLineThatIsNoCgroupIsSkippedAndAMissingFileIsNone() throws IOException {
		assertThat(read("garbage\n0::/a.slice\n").unified()).isEqualTo("/a.slice");
		assertThat(ProcessCgroups.read(this.directory.resolve("missing"))).isEqualTo(ProcessCgroups.NONE);
		assertThat(ProcessCgroups.NONE.systemd()).isEmpty();
	}

	private ProcessCgroups read(String content) throws IOException {
		return ProcessCgroups.read(Files.writeString(this.directory.resolve("cgroup"), content));
	}

}
