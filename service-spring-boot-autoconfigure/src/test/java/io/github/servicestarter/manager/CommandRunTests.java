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

package io.github.servicestarter.manager;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Tests for {@link CommandRun}, with real processes.
 */
@DisabledOnOs(OS.WINDOWS)
class CommandRunTests {

	private static final Duration LIMIT = Duration.ofSeconds(30);

	@Test
	void bothStreamsAndTheExitCode() throws Exception {
		CommandRun run = CommandRun.run(List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 3"), new byte[0], LIMIT);
		assertThat(run.exitCode()).isEqualTo(3);
		assertThat(run.ok()).isFalse();
		assertThat(run.output()).contains("out", "err");
	}

	@Test
	void moreThanAPipeHoldsIsReadWhileTheCommandRuns() throws Exception {
		CommandRun run = CommandRun.run(List.of("/bin/sh", "-c", "head -c 1000000 /dev/zero | tr '\\0' x"), new byte[0],
				LIMIT);
		assertThat(run.ok()).isTrue();
		assertThat(run.output()).hasSize(1_000_000);
	}

	@Test
	void theInputIsWrittenAndClosed() throws Exception {
		CommandRun run = CommandRun.run(List.of("cat"), "a secret\n".getBytes(StandardCharsets.UTF_8), LIMIT);
		assertThat(run).isEqualTo(new CommandRun(0, "a secret"));
	}

	@Test
	void aCommandThatOutlivesItsLimitIsEnded() throws Exception {
		CommandRun run = CommandRun.run(List.of("/bin/sh", "-c", "echo started; exec sleep 60"), new byte[0],
				Duration.ofMillis(500));
		assertThat(run.exitCode()).isEqualTo(CommandRun.ENDED);
		assertThat(run.output()).isEqualTo("/bin/sh did not finish in 0 s");
	}

	@Test
	void aCommandThatCannotStartIsAnIOException() {
		assertThatIOException().isThrownBy(() -> CommandRun.run(List.of("/nonexistent/tool"), new byte[0], LIMIT));
	}

}
