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

package io.github.servicestarter.testsupport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.systemd.JournalTransport;
import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.NotifyTransport;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.PressureTrigger;
import io.github.servicestarter.systemd.SocketActivation;
import io.github.servicestarter.windows.EventLogWriter;
import io.github.servicestarter.windows.SecretProtection;
import io.github.servicestarter.windows.ServiceControlManager;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.WindowsSecurity;
import org.jspecify.annotations.Nullable;

/**
 * A platform without native code: detection and the kernel's answers are what the test
 * sets, and what would change the process (its environment, its standard input, datagrams
 * to systemd) is recorded instead. Whatever a test did not set fails loudly.
 */
public final class FakePlatform implements Platform {

	private final boolean windows;

	private Function<HostProcess, ServiceManagerDetection> detection = (process) -> ServiceManagerDetection
		.none("fake platform");

	private Function<SocketActivation.Passed, PassedSocket> sockets = (passed) -> {
		throw notFaked("describe");
	};

	private final List<String> unsetVariables = new ArrayList<>();

	private final List<Integer> standardInputs = new ArrayList<>();

	private final List<String> notifications = new ArrayList<>();

	private FakePlatform(boolean windows) {
		this.windows = windows;
	}

	public static FakePlatform linux() {
		return new FakePlatform(false);
	}

	public static FakePlatform windows() {
		return new FakePlatform(true);
	}

	public FakePlatform detecting(Function<HostProcess, ServiceManagerDetection> detection) {
		this.detection = detection;
		return this;
	}

	public FakePlatform describing(Function<SocketActivation.Passed, PassedSocket> sockets) {
		this.sockets = sockets;
		return this;
	}

	/** The variables removed from the environment, in order. */
	public List<String> unsetVariables() {
		return this.unsetVariables;
	}

	/** The descriptors made standard input, in order. */
	public List<Integer> standardInputs() {
		return this.standardInputs;
	}

	/** The datagrams sent to a notify socket, as text. */
	public List<String> notifications() {
		return this.notifications;
	}

	@Override
	public boolean isWindows() {
		return this.windows;
	}

	@Override
	public @Nullable String systemdUnit(HostProcess process) {
		return null;
	}

	@Override
	public ServiceManagerDetection detect(HostProcess process) {
		return this.detection.apply(process);
	}

	@Override
	public NotifyTransport notifyTransport(NotifySocketAddress address) {
		return (datagram) -> this.notifications.add(new String(datagram, StandardCharsets.UTF_8));
	}

	@Override
	public void unsetEnvironment(List<String> names) {
		this.unsetVariables.addAll(names);
	}

	@Override
	public PassedSocket describe(SocketActivation.Passed passed) {
		return this.sockets.apply(passed);
	}

	@Override
	public void moveToStandardInput(int descriptor) {
		this.standardInputs.add(descriptor);
	}

	@Override
	public ProcessResources processResources() {
		throw notFaked("processResources");
	}

	@Override
	public PressureTrigger pressureTrigger(MemoryPressureWatch watch) {
		throw notFaked("pressureTrigger");
	}

	@Override
	public JournalTransport journalTransport(Path socket) {
		throw notFaked("journalTransport");
	}

	@Override
	public IntSupplier threadIds() {
		throw notFaked("threadIds");
	}

	@Override
	public ServiceControlManager serviceControlManager() {
		throw notFaked("serviceControlManager");
	}

	@Override
	public boolean enterWindowsWorkingDirectory(Path directory) {
		throw notFaked("enterWindowsWorkingDirectory");
	}

	@Override
	public boolean redirectWindowsStandardStreams(Path file) {
		throw notFaked("redirectWindowsStandardStreams");
	}

	@Override
	public EventLogWriter eventLog(String source) {
		throw notFaked("eventLog");
	}

	@Override
	public ServiceRegistry serviceRegistry() {
		throw notFaked("serviceRegistry");
	}

	@Override
	public SecretProtection secretProtection() {
		throw notFaked("secretProtection");
	}

	@Override
	public WindowsSecurity windowsSecurity() {
		throw notFaked("windowsSecurity");
	}

	@Override
	public Path programData() {
		throw notFaked("programData");
	}

	private static UnsupportedOperationException notFaked(String method) {
		return new UnsupportedOperationException(method + " is not faked");
	}

}
