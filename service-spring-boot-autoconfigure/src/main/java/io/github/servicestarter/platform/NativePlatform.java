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

package io.github.servicestarter.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;

import io.github.servicestarter.systemd.JournalTransport;
import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.NotifyTransport;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.PressureTrigger;
import io.github.servicestarter.systemd.SocketActivation;
import io.github.servicestarter.systemd.libc.LibcEnvironment;
import io.github.servicestarter.systemd.libc.LibcJournalTransport;
import io.github.servicestarter.systemd.libc.LibcNotifyTransport;
import io.github.servicestarter.systemd.libc.LibcPressureTrigger;
import io.github.servicestarter.systemd.libc.LibcSockets;
import io.github.servicestarter.systemd.libc.LibcThread;
import io.github.servicestarter.windows.EventLogWriter;
import io.github.servicestarter.windows.SecretProtection;
import io.github.servicestarter.windows.ServiceControlManager;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.WindowsSecurity;
import io.github.servicestarter.windows.jna.Advapi32EventLog;
import io.github.servicestarter.windows.jna.Advapi32Security;
import io.github.servicestarter.windows.jna.Advapi32ServiceControlManager;
import io.github.servicestarter.windows.jna.Advapi32ServiceRegistry;
import io.github.servicestarter.windows.jna.Crypt32SecretProtection;
import io.github.servicestarter.windows.jna.Kernel32WorkingDirectory;
import io.github.servicestarter.windows.jna.KnownFolder;
import io.github.servicestarter.windows.jna.UcrtStandardStreams;

/**
 * The native seams both implementations hand out alike: each is a library of one
 * operating system, and asked for on the other it fails when first called, the way a
 * forced {@code service.manager} on the wrong OS reports its failure and keeps the
 * application running. What the implementations decide differently (detection, the
 * process resources, the systemd unit) is theirs.
 *
 * @author Service Starter contributors
 */
abstract class NativePlatform implements Platform {

	@Override
	public NotifyTransport notifyTransport(NotifySocketAddress address) {
		return new LibcNotifyTransport(address);
	}

	@Override
	public PressureTrigger pressureTrigger(MemoryPressureWatch watch) throws IOException {
		return LibcPressureTrigger.open(watch);
	}

	@Override
	public JournalTransport journalTransport(Path socket) {
		return new LibcJournalTransport(socket);
	}

	@Override
	public IntSupplier threadIds() {
		return LibcThread::currentId;
	}

	@Override
	public void unsetEnvironment(List<String> names) {
		LibcEnvironment.unset(names);
	}

	@Override
	public PassedSocket describe(SocketActivation.Passed passed) {
		return LibcSockets.describe(passed);
	}

	@Override
	public void moveToStandardInput(int descriptor) {
		LibcSockets.moveToStandardInput(descriptor);
	}

	@Override
	public ServiceControlManager serviceControlManager() {
		return new Advapi32ServiceControlManager();
	}

	@Override
	public boolean enterWindowsWorkingDirectory(Path directory) {
		return Kernel32WorkingDirectory.enter(directory);
	}

	@Override
	public boolean redirectWindowsStandardStreams(Path file) {
		return UcrtStandardStreams.redirect(file);
	}

	@Override
	public EventLogWriter eventLog(String source) {
		return new Advapi32EventLog(source);
	}

	@Override
	public ServiceRegistry serviceRegistry() {
		return new Advapi32ServiceRegistry();
	}

	@Override
	public SecretProtection secretProtection() {
		return new Crypt32SecretProtection();
	}

	@Override
	public WindowsSecurity windowsSecurity() {
		return new Advapi32Security();
	}

	@Override
	public Path programData() {
		return KnownFolder.programData();
	}

}
