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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end within a time limit: what it prints (standard output and
 * error together) is read while it runs, so the limit holds however much or little it
 * prints, and a command that outlives the limit is ended.
 *
 * @param exitCode the command's exit code, {@link #ENDED} when it outlived its limit
 * @param output what it printed, without surrounding white space
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record CommandRun(int exitCode, String output) {

	/** The exit code of a command that outlived its limit and was ended. */
	public static final int ENDED = -1;

	/**
	 * Run a command.
	 * @param command the command, the executable first
	 * @param input what to write to its standard input, which is then closed
	 * @param limit how long it may run
	 * @return how it ended
	 * @throws IOException if it cannot be started
	 * @throws InterruptedException if interrupted while waiting (the command is then
	 * ended)
	 */
	public static CommandRun run(List<String> command, byte[] input, Duration limit)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
			try (OutputStream standardInput = process.getOutputStream()) {
				standardInput.write(input);
			}
			if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				return new CommandRun(ENDED, command.get(0) + " did not finish in " + limit.toSeconds() + " s");
			}
			return new CommandRun(process.exitValue(), new String(output.get(), StandardCharsets.UTF_8).strip());
		}
		catch (ExecutionException ex) {
			throw new IOException("cannot read what " + command.get(0) + " printed", ex.getCause());
		}
		finally {
			process.destroyForcibly();
		}
	}

	/**
	 * Whether the command exited with 0.
	 * @return {@code true} when it succeeded
	 */
	public boolean ok() {
		return this.exitCode == 0;
	}

	private static byte[] readAll(InputStream stream) {
		try (stream) {
			return stream.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
