package io.github.servicestarter.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RestartAccounting}.
 */
class RestartAccountingTests {

	@TempDir
	Path directory;

	private RestartJournal journal;

	@AfterEach
	void stop() {
		this.journal.recordCleanStop("test");
	}

	@Test
	void managerCountWinsAndIsAskedOnce() {
		this.journal = RestartJournal.open(this.directory, 1, Clock.systemUTC());
		AtomicInteger asked = new AtomicInteger();
		RestartAccounting accounting = new RestartAccounting(this.journal, () -> {
			asked.incrementAndGet();
			return OptionalLong.of(3);
		});
		assertThat(accounting.source()).isEqualTo("systemd");
		assertThat(accounting.restarts()).isEqualTo(3);
		assertThat(accounting.restarts()).isEqualTo(3);
		assertThat(asked).hasValue(1);
		assertThat(accounting.starts()).isEqualTo(1);
	}

	@Test
	void unwritableStateDirectoryStillHasTheManagersCount() throws Exception {
		Path notADirectory = Files.writeString(this.directory.resolve("file"), "x");
		this.journal = RestartJournal.open(notADirectory.resolve("state"), 1, Clock.systemUTC());
		RestartAccounting accounting = new RestartAccounting(this.journal, () -> OptionalLong.of(5));
		assertThat(this.journal.problem()).isNotNull();
		assertThat(accounting.restarts()).isEqualTo(5);
		assertThat(accounting.source()).isEqualTo("systemd");
		assertThat(accounting.starts()).isZero();
		assertThat(accounting.crashes()).isZero();
	}

	@Test
	void journalCountsWhenTheManagerKeepsNone() {
		this.journal = RestartJournal.open(this.directory, 1, Clock.systemUTC());
		RestartAccounting accounting = new RestartAccounting(this.journal, OptionalLong::empty);
		assertThat(accounting.source()).isEqualTo("journal");
		assertThat(accounting.restarts()).isZero();
		assertThat(new RestartAccounting(this.journal, null).source()).isEqualTo("journal");
	}

}
