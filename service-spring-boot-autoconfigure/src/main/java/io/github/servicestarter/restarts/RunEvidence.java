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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a run left in the dumps directory: the heap dump the JVM writes on an
 * {@code OutOfMemoryError} ({@code java_pid<pid>.hprof}) and its fatal error report
 * ({@code hs_err_pid<pid>.log}, or {@code hs_err.log} written since the run started where
 * the name cannot carry the process id).
 *
 * @param heapDump whether the run left a heap dump
 * @param errorReport whether the run left a fatal error report
 * @param files the files, absolute
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record RunEvidence(boolean heapDump, boolean errorReport, List<Path> files) {

	/** A run that left nothing. */
	static final RunEvidence NONE = new RunEvidence(false, false, List.of());

	public RunEvidence {
		files = List.copyOf(files);
	}

	/**
	 * Look for what a run left.
	 * @param dumps the dumps directory
	 * @param pid the run's process id
	 * @param started when the run started, or {@code null} when unknown
	 * @return the evidence
	 */
	static RunEvidence find(Path dumps, long pid, @Nullable Instant started) {
		List<Path> files = new ArrayList<>();
		boolean heapDump = add(files, dumps.resolve("java_pid" + pid + ".hprof"), null);
		boolean errorReport = add(files, dumps.resolve("hs_err_pid" + pid + ".log"), null);
		if (started != null) {
			errorReport |= add(files, dumps.resolve("hs_err.log"), started);
		}
		return new RunEvidence(heapDump, errorReport, files);
	}

	private static boolean add(List<Path> files, Path file, @Nullable Instant notBefore) {
		try {
			if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && (notBefore == null
					|| !Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(notBefore))) {
				files.add(file.toAbsolutePath());
				return true;
			}
		}
		catch (IOException ex) {
			// Gone while looked at: not evidence.
		}
		return false;
	}

}
