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

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a run of the service ended, as the restart journal keeps it for the run after.
 *
 * @param reason {@link #CLEAN_STOP}, or the {@linkplain EndReason#tag() tag} of why it
 * ended without one
 * @param at when it ended, or {@code null} when nothing tells
 * @param exitStatus how the process ended as the service manager saw it (e.g.
 * {@code "exit-code, exited 3"}), or {@code null} when the manager told nothing
 * @param evidence the names of the files the run left in the dumps directory (heap dump,
 * fatal error report)
 * @param description the whole end in one sentence, for people
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record RunEnd(String reason, @Nullable Instant at, @Nullable String exitStatus, List<String> evidence,
		String description) {

	/** The reason of a run that ended with a clean stop. */
	public static final String CLEAN_STOP = "stop";

	public RunEnd {
		evidence = List.copyOf(evidence);
	}

	/**
	 * Return whether the run ended without a clean stop.
	 * @return whether it is a crash
	 */
	public boolean crash() {
		return !CLEAN_STOP.equals(this.reason);
	}

	RunEnd withExitStatus(@Nullable String exitStatus) {
		return new RunEnd(this.reason, this.at, exitStatus, this.evidence, this.description);
	}

}
