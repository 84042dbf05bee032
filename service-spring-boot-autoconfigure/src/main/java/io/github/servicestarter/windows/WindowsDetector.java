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

package io.github.servicestarter.windows;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides whether the Windows Service Control Manager launched this process: the parent
 * process image is {@code services.exe}. Under a service wrapper (WinSW, NSSM, procrun)
 * the parent is the wrapper, which owns the SCM conversation, so the process must not
 * register a dispatcher of its own; procrun's "jvm" mode, where the JVM runs inside
 * {@code prunsrv.exe}, is excluded the same way. Session 0 is not required (Wine runs
 * services in session 1).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class WindowsDetector {

	private static final Set<String> WRAPPERS = Set.of("prunsrv.exe", "winsw.exe", "nssm.exe", "wrapper.exe");

	private final Optional<String> ownImage;

	private final Optional<String> parentImage;

	/**
	 * Create a detector from the image paths of this process and its parent.
	 * @param ownImage the executable of this process
	 * @param parentImage the executable of the parent process
	 */
	public WindowsDetector(Optional<String> ownImage, Optional<String> parentImage) {
		this.ownImage = ownImage.map(WindowsDetector::fileName);
		this.parentImage = parentImage.map(WindowsDetector::fileName);
	}

	/**
	 * Return a detector for the running process.
	 * @param snapshot the process list, read only when the parent cannot be opened
	 * @return the detector
	 */
	public static WindowsDetector forCurrentProcess(Supplier<ProcessSnapshot> snapshot) {
		ProcessHandle self = ProcessHandle.current();
		return forProcess(self.pid(), self.info().command(), self.parent().flatMap((parent) -> parent.info().command()),
				snapshot);
	}

	/**
	 * Return a detector for a process. A console's parent (a shell, Explorer) can be
	 * opened, so the process list, and the native code it takes, is needed only when the
	 * parent cannot: {@code services.exe} is a protected process on Windows 8.1 and
	 * later, and opening it is denied to everyone.
	 * @param pid the process id
	 * @param ownImage the executable of the process, as its handle tells
	 * @param parentImage the executable of the parent, as the parent's handle tells
	 * @param snapshot the process list
	 * @return the detector
	 */
	static WindowsDetector forProcess(long pid, Optional<String> ownImage, Optional<String> parentImage,
			Supplier<ProcessSnapshot> snapshot) {
		return new WindowsDetector(ownImage, parentImage.or(() -> snapshot.get().parentImage(pid)));
	}

	/**
	 * Return the rule that identifies an SCM launch.
	 * @return the rule, worded for a log line, or empty when the SCM did not launch us
	 */
	public Optional<String> detect() {
		if (this.ownImage.filter(WRAPPERS::contains).isPresent()) {
			return Optional.empty();
		}
		return this.parentImage.filter("services.exe"::equals).map((parent) -> "parent process is services.exe");
	}

	/**
	 * Return why a service wrapper, not this process, talks to the SCM, if one does.
	 * @return the wrapper, or empty
	 */
	public Optional<String> wrapper() {
		return this.parentImage.filter(WRAPPERS::contains).or(() -> this.ownImage.filter(WRAPPERS::contains));
	}

	private static String fileName(String path) {
		int separator = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
		return path.substring(separator + 1).toLowerCase(Locale.ROOT);
	}

}
