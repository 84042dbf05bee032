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
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link RestartJournal}.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartJournalTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

	private static final Instant BOOTED = Instant.parse("2026-11-21T07:00:00Z");

	@TempDir
	Path directory;

	@Test
	void firstStartIsRecorded() {
		RestartJournal journal = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		assertThat(journal.record()).isEqualTo(
				new RestartRecord(1, 0, 0, Map.of(), true, 100, Instant.parse("2026-11-21T08:00:00Z"), BOOTED, null));
		assertThat(journal.problem()).isNull();
		assertThat(RestartRecord.fromProperties(load(journal.file()))).isEqualTo(journal.record());
		journal.recordCleanStop("test");
	}

	@Test
	void cleanStopThenStartIsNoCrash() {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK);
		first.recordCleanStop("stop requested");
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK);
		assertThat(second.record().starts()).isEqualTo(2);
		assertThat(second.record().restarts()).as("a start after a clean stop is no automatic restart").isZero();
		assertThat(second.record().crashes()).isZero();
		assertThat(second.record().lastExit()).isEqualTo("clean stop at 2026-11-21T08:00:00Z (stop requested)");
		second.recordCleanStop("test");
	}

	@Test
	void runWithoutCleanStopIsACrash(CapturedOutput output) throws IOException {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK);
		releaseLockAsIfTheProcessDied(first);
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK);
		assertThat(second.record().crashes()).isEqualTo(1);
		assertThat(second.record().restarts()).isEqualTo(1);
		assertThat(second.record().lastExit()).startsWith("crash: the run of pid 100 started at 2026-11-21T08:00:00Z");
		assertThat(second.record().crashes(EndReason.UNKNOWN)).as("nothing says why").isEqualTo(1);
		assertThat(second.record().lastEnd().reason()).isEqualTo("unknown");
		assertThat(output).contains("How the previous run of this service ended: crash: the run of pid 100 started at "
				+ "2026-11-21T08:00:00Z ended without a clean stop: unknown; counted as a crash and an automatic restart");
		second.recordCleanStop("test");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			exit-code | exited | 3    | out-of-memory
			oom-kill  | killed | KILL | oom-kill
			watchdog  | dumped | ABRT | watchdog
			watchdog  | killed | ABRT | watchdog
			signal    | killed | KILL | signal
			core-dump | dumped | SEGV | signal
			exit-code | exited | 1    | exit-code
			timeout   | killed | KILL | timeout
			resources | ''     | ''   | unknown
			""")
	void theReasonIsWhatSystemdHandsExecStopPost(String result, String code, String status, String reason)
			throws IOException {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		releaseLockAsIfTheProcessDied(first);
		// As the unit's ExecStopPost= writes it: echo "$SERVICE_RESULT $EXIT_CODE
		// $EXIT_STATUS".
		Files.writeString(this.directory.resolve(ManagerResult.FILE_NAME), result + " " + code + " " + status + "\n");
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(second.record().crashes()).isEqualTo(1);
		assertThat(second.record().crashes(EndReason.ofTag(reason))).isEqualTo(1);
		assertThat(second.record().lastEnd().reason()).isEqualTo(reason);
		assertThat(second.record().lastEnd().at()).isNotNull();
		assertThat(second.record().lastEnd().exitStatus())
			.isEqualTo(code.isEmpty() ? result : result + ", " + (code + " " + status).strip());
		assertThat(Files.exists(this.directory.resolve(ManagerResult.FILE_NAME))).as("read once").isFalse();
		second.recordCleanStop("test");
	}

	@Test
	void aHeapDumpOfTheRunSaysOutOfMemoryAndIsNamedAsEvidence() throws IOException {
		crashOfPid100Leaving("java_pid100.hprof", "java_pid99.hprof");
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(second.record().crashes(EndReason.OUT_OF_MEMORY)).isEqualTo(1);
		assertThat(second.record().lastEnd().evidence()).containsExactly("java_pid100.hprof");
		assertThat(second.record().lastExit()).contains("out-of-memory, left java_pid100.hprof in the dumps directory");
		second.recordCleanStop("test");
	}

	@Test
	void aFatalErrorReportOfTheRunSaysTheJvmCrashed() throws IOException {
		crashOfPid100Leaving("hs_err_pid100.log");
		Files.writeString(this.directory.resolve(ManagerResult.FILE_NAME), "core-dump dumped ABRT\n");
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(second.record().crashes(EndReason.FATAL_ERROR)).isEqualTo(1);
		second.recordCleanStop("test");
	}

	@Test
	void theManagersWordDecidesWhetherARunWithARecordedCleanStopFailed() throws IOException {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		first.recordCleanStop("stop requested");
		Files.writeString(this.directory.resolve(ManagerResult.FILE_NAME), "timeout killed KILL\n");
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(second.record().crashes(EndReason.TIMEOUT)).as("the stop hung after the context closed")
			.isEqualTo(1);
		second.recordCleanStop("stop requested");
		Files.writeString(this.directory.resolve(ManagerResult.FILE_NAME), "success exited 143\n");
		RestartJournal third = RestartJournal.open(this.directory, 102, CLOCK, BOOTED);
		assertThat(third.record().crashes()).isEqualTo(1);
		assertThat(third.record().lastEnd().reason()).isEqualTo("stop");
		assertThat(third.record().lastEnd().exitStatus()).isEqualTo("success, exited 143");
		third.recordCleanStop("test");
	}

	@Test
	void aResultOlderThanTheRunBelongsToAnOlderRunAndIsDropped() throws IOException {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		first.recordCleanStop("stop requested");
		Path result = Files.writeString(this.directory.resolve(ManagerResult.FILE_NAME), "signal killed KILL\n");
		Files.setLastModifiedTime(result, FileTime.from(CLOCK.instant().minusSeconds(60)));
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(second.record().crashes()).isZero();
		assertThat(result).doesNotExist();
		second.recordCleanStop("test");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "signal killed\n", "signal killed KILL extra\n", "sig\u00e9nal killed KILL\n",
			"signal $(reboot) KILL\n", "signal\tkilled KILL\n" })
	void aResultFileThatIsNotTheUnitsIsIgnored(String content) throws IOException {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		releaseLockAsIfTheProcessDied(first);
		Files.writeString(this.directory.resolve(ManagerResult.FILE_NAME), content);
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(second.record().crashes(EndReason.UNKNOWN)).as("the journal's own word stands").isEqualTo(1);
		assertThat(second.record().lastEnd().exitStatus()).isNull();
		second.recordCleanStop("test");
	}

	@Test
	void aHugeResultFileIsNotRead() throws IOException {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		first.recordCleanStop("stop requested");
		Files.writeString(this.directory.resolve(ManagerResult.FILE_NAME), "signal killed " + "K".repeat(1 << 20));
		RestartJournal second = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(second.record().crashes()).isZero();
		second.recordCleanStop("test");
	}

	@Test
	void aJournalWrittenBeforeReasonsCountsItsCrashesAsUnknown() throws IOException {
		Files.writeString(this.directory.resolve(RestartJournal.FILE_NAME), """
				format=1
				starts=5
				restarts=2
				crashes=3
				running=false
				pid=100
				started=2026-11-21T07\\:00\\:00Z
				lastExit=clean stop at 2026-11-21T07\\:30\\:00Z (stop requested by systemd)
				""");
		RestartJournal journal = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(journal.record().crashes(EndReason.UNKNOWN)).isEqualTo(3);
		assertThat(journal.record().lastEnd().reason()).isEqualTo("stop");
		assertThat(journal.record().lastExit())
			.isEqualTo("clean stop at 2026-11-21T07:30:00Z (stop requested by systemd)");
		assertThat(journal.record().starts()).isEqualTo(6);
		releaseLockAsIfTheProcessDied(journal);
		Files.createDirectories(this.directory.resolve("dumps"));
		Files.writeString(this.directory.resolve("dumps").resolve("java_pid101.hprof"), "JAVA PROFILE 1.0.2");
		RestartJournal next = RestartJournal.open(this.directory, 102, CLOCK, BOOTED);
		assertThat(next.record().crashReasons()).containsOnly(entry(EndReason.UNKNOWN, 3L),
				entry(EndReason.OUT_OF_MEMORY, 1L));
		assertThat(RestartRecord.fromProperties(load(next.file()))).isEqualTo(next.record());
		next.recordCleanStop("test");
	}

	@Test
	void crashReasonsThatAddUpToMoreThanTheCrashesAreCorrupt() throws IOException {
		Files.writeString(this.directory.resolve(RestartJournal.FILE_NAME),
				"format=1\nstarts=5\ncrashes=1\ncrashes.watchdog=2\nrunning=false\npid=100\n");
		RestartJournal journal = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(journal.record().starts()).as("counting starts afresh").isEqualTo(1);
		journal.recordCleanStop("test");
	}

	@Test
	void closeReleasesTheLockWithoutACleanStop() {
		RestartJournal failedStart = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		failedStart.close();
		RestartJournal next = RestartJournal.open(this.directory, 101, CLOCK, BOOTED);
		assertThat(next.problem()).as("the lock is free").isNull();
		assertThat(next.record().crashes()).isEqualTo(1);
		next.recordCleanStop("test");
	}

	@Test
	void crashBeforeARebootIsNoRestart() throws IOException {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK, BOOTED);
		releaseLockAsIfTheProcessDied(first);
		RestartJournal sameBoot = RestartJournal.open(this.directory, 101, CLOCK, BOOTED.plusSeconds(2));
		assertThat(sameBoot.record().restarts()).isEqualTo(1);
		releaseLockAsIfTheProcessDied(sameBoot);
		RestartJournal afterReboot = RestartJournal.open(this.directory, 102, CLOCK, BOOTED.plusSeconds(600));
		assertThat(afterReboot.record().crashes()).isEqualTo(2);
		assertThat(afterReboot.record().restarts()).isEqualTo(1);
		assertThat(afterReboot.record().lastExit()).endsWith("(the machine rebooted since)");
		afterReboot.recordCleanStop("test");
	}

	@Test
	void journalWrittenBeforeRestartsWereRecordedCountsEachCrashAsARestart() {
		Properties old = new Properties();
		old.setProperty("format", "1");
		old.setProperty("starts", "5");
		old.setProperty("crashes", "2");
		old.setProperty("running", "false");
		old.setProperty("pid", "7");
		RestartRecord record = RestartRecord.fromProperties(old);
		assertThat(record.restarts()).isEqualTo(2);
		assertThat(record.booted()).isNull();
	}

	@Test
	@DisabledOnOs(OS.WINDOWS)
	void filesAreOwnerOnlyAndNoTemporaryFileIsLeft() throws IOException {
		Path state = this.directory.resolve("state");
		RestartJournal journal = RestartJournal.open(state, 100, CLOCK);
		journal.recordCleanStop("test");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.file()))).isEqualTo("rw-------");
		assertThat(
				PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(RestartJournal.LOCK_NAME))))
			.isEqualTo("rw-------");
		try (Stream<Path> files = Files.list(state)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder(RestartJournal.FILE_NAME, RestartJournal.LOCK_NAME);
		}
	}

	@Test
	void corruptJournalIsKeptAsideAndCountingStartsAfresh(CapturedOutput output) throws IOException {
		Files.writeString(this.directory.resolve(RestartJournal.FILE_NAME), "format=1\nstarts=many\n");
		RestartJournal journal = RestartJournal.open(this.directory, 100, CLOCK);
		assertThat(journal.record().starts()).isEqualTo(1);
		try (Stream<Path> files = Files.list(this.directory)) {
			Path kept = files.filter((file) -> file.getFileName().toString().contains(".corrupt-"))
				.findFirst()
				.orElseThrow();
			assertThat(Files.readString(kept)).isEqualTo("format=1\nstarts=many\n");
		}
		assertThat(output).contains("is corrupt").contains("kept it as").contains("counting starts afresh");
		journal.recordCleanStop("test");
	}

	@Test
	void oversizedJournalIsSetAsideUnread(CapturedOutput output) throws IOException {
		Path file = this.directory.resolve(RestartJournal.FILE_NAME);
		Files.writeString(file, "format=1\nlastExit=" + "x".repeat(RestartJournal.MAX_SIZE) + "\n");
		RestartJournal journal = RestartJournal.open(this.directory, 100, CLOCK);
		assertThat(journal.record().starts()).isEqualTo(1);
		assertThat(journal.problem()).isNull();
		assertThat(output).contains("is corrupt (IOException: larger than 65536 bytes)");
		journal.recordCleanStop("test");
	}

	@Test
	@DisabledOnOs(OS.WINDOWS)
	void linkedJournalIsNotFollowed(CapturedOutput output) throws IOException {
		Path elsewhere = Files.writeString(this.directory.resolve("elsewhere"), "format=1\nstarts=5\n");
		Path state = Files.createDirectory(this.directory.resolve("state"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Files.createSymbolicLink(state.resolve(RestartJournal.FILE_NAME), elsewhere);
		RestartJournal journal = RestartJournal.open(state, 100, CLOCK);
		assertThat(journal.record().starts()).as("the linked file's count is not taken").isEqualTo(1);
		assertThat(output).contains("is not a regular file");
		assertThat(Files.readString(elsewhere)).isEqualTo("format=1\nstarts=5\n");
		assertThat(Files.isSymbolicLink(state.resolve(RestartJournal.FILE_NAME))).isFalse();
		journal.recordCleanStop("test");
	}

	@Test
	@DisabledOnOs(OS.WINDOWS)
	@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void fifoInPlaceOfTheLockIsReportedWithoutHangingStartUp(CapturedOutput output) throws Exception {
		Path lock = this.directory.resolve(RestartJournal.LOCK_NAME);
		assertThat(new ProcessBuilder("mkfifo", lock.toString()).start().waitFor()).isZero();
		RestartJournal journal = RestartJournal.open(this.directory, 100, CLOCK);
		assertThat(journal.problem()).contains("is not a regular file");
		assertThat(output).contains("Restart journal unavailable");
	}

	@Test
	@DisabledOnOs(OS.WINDOWS)
	void stateDirectoryOthersCanWriteIsWarnedAbout(CapturedOutput output) throws IOException {
		Files.setPosixFilePermissions(this.directory, PosixFilePermissions.fromString("rwxrwxrwx"));
		RestartJournal journal = RestartJournal.open(this.directory, 100, CLOCK);
		assertThat(output).contains("with permissions rwxrwxrwx").contains("chmod 700");
		journal.recordCleanStop("test");
	}

	@Test
	void secondInstanceDoesNotWrite(CapturedOutput output) {
		RestartJournal first = RestartJournal.open(this.directory, 100, CLOCK);
		RestartJournal second = RestartJournal.open(this.directory, 200, CLOCK);
		assertThat(second.problem()).contains("another instance");
		assertThat(second.record().pid()).isEqualTo(100);
		second.recordCleanStop("second");
		assertThat(RestartRecord.fromProperties(load(first.file())).running()).isTrue();
		assertThat(output).contains("Restart journal unavailable: another instance of the service holds");
		first.recordCleanStop("test");
	}

	@Test
	void unwritableDirectoryIsOneWarningAndNothingThrows(CapturedOutput output) throws IOException {
		Path notADirectory = Files.writeString(this.directory.resolve("file"), "x");
		RestartJournal journal = RestartJournal.open(notADirectory.resolve("state"), 100, CLOCK);
		journal.recordCleanStop("test");
		assertThat(journal.problem()).contains("is not writable").contains("service.state-directory");
		assertThat(journal.record().starts()).isZero();
		assertThat(output.getOut().split("Restart journal unavailable", -1)).hasSize(2);
	}

	/**
	 * A run of pid 100 that ended without a clean stop, and files in the dumps directory.
	 */
	private void crashOfPid100Leaving(String... files) throws IOException {
		releaseLockAsIfTheProcessDied(RestartJournal.open(this.directory, 100, CLOCK, BOOTED));
		Path dumps = Files.createDirectories(this.directory.resolve("dumps"));
		for (String file : files) {
			Files.writeString(dumps.resolve(file), "left by pid " + file.replaceAll("\\D", ""));
		}
	}

	private static void releaseLockAsIfTheProcessDied(RestartJournal journal) throws IOException {
		// A killed process loses its lock; in one JVM, closing the channel is the
		// equivalent.
		((FileChannel) ReflectionTestUtils.getField(journal, "lockChannel")).close();
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (var input = Files.newInputStream(file)) {
			properties.load(input);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
