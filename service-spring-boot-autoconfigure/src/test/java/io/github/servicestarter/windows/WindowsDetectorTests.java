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

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WindowsDetector}.
 */
class WindowsDetectorTests {

	@Test
	void parentServicesExeMeansTheScm() {
		assertThat(detector("C:\\Program Files\\Java\\bin\\java.exe", "C:\\Windows\\System32\\services.exe").detect())
			.hasValue("parent process is services.exe");
	}

	@Test
	void imageNamesAreCaseInsensitive() {
		assertThat(detector("C:\\JAVA\\BIN\\JAVA.EXE", "C:\\WINDOWS\\SYSTEM32\\SERVICES.EXE").detect()).isPresent();
	}

	@Test
	void consoleLaunchIsNotTheScm() {
		assertThat(detector("C:\\java\\bin\\java.exe", "C:\\Windows\\System32\\cmd.exe").detect()).isEmpty();
	}

	@Test
	void underAWrapperTheWrapperOwnsTheConversation() {
		WindowsDetector winsw = detector("C:\\java\\bin\\java.exe", "C:\\app\\winsw.exe");
		assertThat(winsw.detect()).isEmpty();
		assertThat(winsw.wrapper()).hasValue("winsw.exe");
		assertThat(detector("C:\\java\\bin\\java.exe", "C:\\nssm\\nssm.exe").wrapper()).hasValue("nssm.exe");
	}

	@Test
	void procrunJvmModeHostsTheJvmInsidePrunsrv() {
		WindowsDetector procrun = detector("C:\\commons-daemon\\prunsrv.exe", "C:\\Windows\\System32\\services.exe");
		assertThat(procrun.detect()).isEmpty();
		assertThat(procrun.wrapper()).hasValue("prunsrv.exe");
	}

	@Test
	void unknownParentIsNotTheScm() {
		assertThat(new WindowsDetector(Optional.of("java.exe"), Optional.empty()).detect()).isEmpty();
	}

	@Test
	void protectedParentThatCannotBeOpenedIsFoundInTheProcessList() {
		// Windows 8.1 and later: ProcessHandle.parent()/info() of services.exe come back
		// empty.
		ProcessSnapshot snapshot = (pid) -> (pid == 4242) ? Optional.of("services.exe") : Optional.empty();
		WindowsDetector detector = WindowsDetector.forProcess(4242, Optional.of("C:\\java\\bin\\java.exe"),
				Optional.empty(), () -> snapshot);
		assertThat(detector.detect()).hasValue("parent process is services.exe");
	}

	@Test
	void parentThatCanBeOpenedNeedsNoProcessList() {
		WindowsDetector detector = WindowsDetector.forProcess(4242, Optional.of("java.exe"), Optional.of("cmd.exe"),
				() -> {
					throw new AssertionError("the process list, and JNA with it, is not needed for a console run");
				});
		assertThat(detector.detect()).isEmpty();
	}

	private static WindowsDetector detector(String own, String parent) {
		return new WindowsDetector(Optional.of(own), Optional.of(parent));
	}

}
