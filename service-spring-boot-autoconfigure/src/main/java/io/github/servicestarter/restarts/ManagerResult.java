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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * How systemd says the previous run ended: the {@code $SERVICE_RESULT},
 * {@code $EXIT_CODE} and {@code $EXIT_STATUS} it hands {@code ExecStopPost=}, which the
 * generated unit writes into the state directory with a shell (no JVM) as one line: the
 * result, the code and the status, separated by spaces.
 *
 * @param result {@code success}, {@code exit-code}, {@code signal}, {@code core-dump},
 * {@code watchdog}, {@code timeout}, {@code oom-kill}, ...
 * @param code {@code exited}, {@code killed} or {@code dumped}; empty when the process
 * never ran
 * @param status the exit status, or the signal's name ({@code KILL}, {@code ABRT}); may
 * be empty
 * @param written when the line was written: when the run ended
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ManagerResult(String result, String code, String status, Instant written) {

	/** The file the unit's {@code ExecStopPost=} writes, in the state directory. */
	public static final String FILE_NAME = "service-result";

	/** The most a line can hold; a longer file is not the unit's. */
	private static final int MAX_SIZE = 256;

	private static final Log logger = LogFactory.getLog(ManagerResult.class);

	/**
	 * Return whether systemd counts the run as a success (a clean stop, or an exit status
	 * the unit lists as success).
	 * @return whether the result is {@code success}
	 */
	public boolean success() {
		return this.result.equals("success");
	}

	/**
	 * Return whether the process exited by itself with the given status.
	 * @param exitStatus the status
	 * @return whether it did
	 */
	public boolean exitedWith(String exitStatus) {
		return this.code.equals("exited") && this.status.equals(exitStatus);
	}

	/**
	 * Return the end as people read it, e.g. {@code "exit-code, exited 3"}.
	 * @return the description
	 */
	public String describe() {
		String how = (this.code + " " + this.status).strip();
		return how.isEmpty() ? this.result : this.result + ", " + how;
	}

	/**
	 * Read and remove the line the previous run's {@code ExecStopPost=} wrote, when it
	 * was written after that run started (an older line belongs to an older run).
	 * @param directory the state directory
	 * @param runStarted when the previous run started, or {@code null} when unknown
	 * @return the result, or {@code null} when there is none (no such unit, Windows), it
	 * is stale or it cannot be read
	 */
	static @Nullable ManagerResult take(Path directory, @Nullable Instant runStarted) {
		Path file = directory.resolve(FILE_NAME);
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		try {
			Instant written = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
			byte[] content;
			try (InputStream input = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
				content = input.readNBytes(MAX_SIZE + 1);
			}
			Files.delete(file);
			if (runStarted != null && written.isBefore(runStarted)) {
				return null;
			}
			return (content.length <= MAX_SIZE) ? parse(new String(content, StandardCharsets.UTF_8), written) : null;
		}
		catch (IOException ex) {
			logger.warn(
					"Cannot read how systemd says the previous run ended from " + file + " (" + ex.getMessage() + ")");
			return null;
		}
	}

	static @Nullable ManagerResult parse(String line, Instant written) {
		String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
		String[] words = text.split(" ", -1);
		if (words.length != 3 || words[0].isEmpty() || !text.chars().allMatch(ManagerResult::plain)) {
			return null;
		}
		return new ManagerResult(words[0], words[1], words[2], written);
	}

	private static boolean plain(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ' ';
	}

}
