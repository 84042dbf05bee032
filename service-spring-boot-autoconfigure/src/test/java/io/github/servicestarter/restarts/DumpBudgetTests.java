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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DumpBudget}.
 */
class DumpBudgetTests {

	@TempDir
	Path state;

	@Test
	void theOldestGoUntilTheRestLeavesRoomForTheNextHeapDump() throws IOException {
		Path dumps = this.state.resolve("dumps");
		dump(dumps, "java_pid10.hprof", 400, 1);
		dump(dumps, "hs_err_pid11.log", 50, 2);
		dump(dumps, "java_pid12.hprof", 300, 3);
		dump(dumps, "java_pid13.hprof", 200, 4);
		FakeHeapDump heapDump = new FakeHeapDump(true, dumps.toString());
		DumpBudget.Outcome outcome = new DumpBudget(dumps, 1000, 500).apply(heapDump);
		assertThat(dumps.resolve("java_pid10.hprof")).doesNotExist();
		assertThat(dumps.resolve("hs_err_pid11.log")).doesNotExist();
		assertThat(dumps.resolve("java_pid12.hprof")).exists();
		assertThat(dumps.resolve("java_pid13.hprof")).exists();
		assertThat(outcome).isEqualTo(new DumpBudget.Outcome(500, 2, true, null));
		assertThat(heapDump.enabled()).isTrue();
	}

	@Test
	void theNewestStaysEvenWhenItLeavesNoRoomAndThenNoHeapDumpIsWritten() throws IOException {
		Path dumps = this.state.resolve("dumps");
		dump(dumps, "java_pid10.hprof", 300, 1);
		dump(dumps, "java_pid11.hprof", 700, 2);
		FakeHeapDump heapDump = new FakeHeapDump(true, "");
		DumpBudget.Outcome outcome = new DumpBudget(dumps, 1000, 500).apply(heapDump);
		assertThat(dumps.resolve("java_pid10.hprof")).doesNotExist();
		assertThat(dumps.resolve("java_pid11.hprof")).as("the last crash's evidence").exists();
		assertThat(heapDump.enabled()).isFalse();
		assertThat(outcome.why()).contains("more than service.dumps.max-size (1000 bytes) leaves");
	}

	@Test
	void aHeapDumpThatWouldLeaveTheDiskWithLessThanATenthFreeIsSwitchedOff() throws IOException {
		Path dumps = this.state.resolve("dumps");
		long disk = this.state.toFile().getTotalSpace();
		FakeHeapDump heapDump = new FakeHeapDump(true, "");
		DumpBudget.Outcome outcome = new DumpBudget(dumps, Long.MAX_VALUE / 2, disk).apply(heapDump);
		assertThat(heapDump.enabled()).isFalse();
		assertThat(outcome.why()).contains("would leave less than a tenth of it free");
	}

	@Test
	void theDirectoryIsMadeOwnerOnlyAndGivenToAJvmThatDumpsWithoutAPath() {
		Path dumps = this.state.resolve("dumps");
		FakeHeapDump heapDump = new FakeHeapDump(true, "");
		new DumpBudget(dumps, 1000, 500).apply(heapDump);
		assertThat(dumps).isDirectory();
		assertThat(heapDump.path()).isEqualTo(dumps.toString());
	}

	@Test
	void aHeapDumpWrittenElsewhereIsLeftToWhoeverChoseIt() throws IOException {
		Path dumps = this.state.resolve("dumps");
		dump(dumps, "hs_err_pid10.log", 300, 1);
		FakeHeapDump heapDump = new FakeHeapDump(true, "/srv/dumps");
		DumpBudget.Outcome outcome = new DumpBudget(dumps, 1000, 5000).apply(heapDump);
		assertThat(heapDump.enabled()).isTrue();
		assertThat(heapDump.path()).isEqualTo("/srv/dumps");
		assertThat(outcome.heapDump()).isFalse();
		assertThat(dumps.resolve("hs_err_pid10.log")).exists();
	}

	@Test
	void anUnusableDirectoryIsReportedAndChangesNothing() throws IOException {
		Path file = Files.writeString(this.state.resolve("dumps"), "a file, not a directory");
		FakeHeapDump heapDump = new FakeHeapDump(true, "");
		DumpBudget.Outcome outcome = new DumpBudget(file, 1000, 500).apply(heapDump);
		assertThat(outcome.why()).contains("cannot be created");
		assertThat(file).hasContent("a file, not a directory");
	}

	private static void dump(Path dumps, String name, int size, int minute) throws IOException {
		Files.createDirectories(dumps);
		Path file = Files.write(dumps.resolve(name), new byte[size]);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-01T08:00:00Z").plusSeconds(60L * minute)));
	}

	private static final class FakeHeapDump implements HeapDumpSwitch {

		private boolean enabled;

		private String path;

		FakeHeapDump(boolean enabled, String path) {
			this.enabled = enabled;
			this.path = path;
		}

		@Override
		public boolean enabled() {
			return this.enabled;
		}

		@Override
		public String path() {
			return this.path;
		}

		@Override
		public void path(String path) {
			this.path = path;
		}

		@Override
		public void disable() {
			this.enabled = false;
		}

	}

}
