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

package io.github.servicestarter.restarts;

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
