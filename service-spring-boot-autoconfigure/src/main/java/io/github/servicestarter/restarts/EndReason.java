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

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Why a run of the service ended without a clean stop: the {@code reason} tag of
 * {@code service_crashes_total}. Worked out at the next start from what the service
 * manager said ({@link ManagerResult}, systemd only) and what the run left behind
 * ({@link RunEvidence}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum EndReason {

	/**
	 * The JVM ran out of Java heap: it left a heap dump, or exited with status 3
	 * ({@code ExitOnOutOfMemoryError}).
	 */
	OUT_OF_MEMORY,

	/**
	 * The kernel's out-of-memory killer ended it (systemd's {@code oom-kill}): a memory
	 * limit, not the heap.
	 */
	OOM_KILL,

	/** It stopped answering the watchdog, and systemd aborted it. */
	WATCHDOG,

	/**
	 * The JVM itself crashed and left a fatal error report ({@code hs_err_pid<pid>.log}).
	 */
	FATAL_ERROR,

	/** A signal ended it (such as {@code kill -9}), with or without a core dump. */
	SIGNAL,

	/**
	 * It exited by itself with a failing status (a start that failed,
	 * {@code System.exit(1)}).
	 */
	EXIT_CODE,

	/**
	 * A start or a stop took longer than the manager allows, and the manager killed it.
	 */
	TIMEOUT,

	/**
	 * Nothing says why: the manager told nothing (Windows) and the run left nothing
	 * behind.
	 */
	UNKNOWN;

	/**
	 * Return the tag value.
	 * @return the reason in lower case, words joined by {@code -}
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Return the reason of a tag value.
	 * @param tag the tag value
	 * @return the reason, {@link #UNKNOWN} for a value that names none
	 */
	public static EndReason ofTag(String tag) {
		for (EndReason reason : values()) {
			if (reason.tag().equals(tag)) {
				return reason;
			}
		}
		return UNKNOWN;
	}

	/**
	 * Work out why a run ended without a clean stop. A heap dump of the run or exit
	 * status 3 says out of memory before anything else (the watchdog or a timeout may
	 * fire while the dump is written); then the manager's result; a fatal error report
	 * marks a crash of the JVM.
	 * @param result what the manager said, or {@code null} when it said nothing
	 * @param evidence what the run left behind
	 * @return the reason
	 */
	static EndReason of(@Nullable ManagerResult result, RunEvidence evidence) {
		if (evidence.heapDump() || (result != null && result.exitedWith("3"))) {
			return OUT_OF_MEMORY;
		}
		String serviceResult = (result != null) ? result.result() : "";
		return switch (serviceResult) {
			case "oom-kill" -> OOM_KILL;
			case "watchdog" -> WATCHDOG;
			case "timeout" -> TIMEOUT;
			case "exit-code" -> EXIT_CODE;
			case "signal", "core-dump" -> evidence.errorReport() ? FATAL_ERROR : SIGNAL;
			default -> evidence.errorReport() ? FATAL_ERROR : UNKNOWN;
		};
	}

}
