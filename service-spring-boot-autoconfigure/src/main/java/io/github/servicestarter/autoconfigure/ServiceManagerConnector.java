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

package io.github.servicestarter.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.SystemdNotifier;
import io.github.servicestarter.systemd.WatchdogSettings;
import io.github.servicestarter.windows.ControlActions;
import io.github.servicestarter.windows.EventLoggingNotifier;
import io.github.servicestarter.windows.WindowsService;
import io.github.servicestarter.windows.WindowsServiceSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Detects the service manager and opens the notifier that talks to it. The only place
 * that knows every manager; native code is reached only when a manager with a notify
 * channel is found.
 *
 * @author Service Starter contributors
 */
final class ServiceManagerConnector {

	private static final Log logger = LogFactory.getLog(ServiceManagerConnector.class);

	/**
	 * The variables systemd gives the main process only: read once, then removed from the
	 * environment that child processes inherit.
	 */
	static final List<String> NOTIFY_VARIABLES = List.of("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID");

	private final HostProcess process;

	private final Platform platform;

	ServiceManagerConnector(HostProcess process, Platform platform) {
		this.process = process;
		this.platform = platform;
	}

	ServiceManagerDetection detect(ServiceManagerSelection selection) {
		return switch (selection) {
			case NONE -> ServiceManagerDetection.none("service.manager=none");
			case SYSTEMD -> new ServiceManagerDetection(ServiceManager.SYSTEMD, "service.manager=systemd");
			case WINDOWS -> new ServiceManagerDetection(ServiceManager.WINDOWS, "service.manager=windows");
			case AUTO -> this.platform.detect(this.process);
		};
	}

	/**
	 * Connect to the Windows Service Control Manager: starts the dispatcher at once.
	 * @param serviceName the service name
	 * @param actions what the controls start
	 * @param settings the settings known so far
	 * @return the service, or {@code null} when native code is not usable
	 */
	@Nullable WindowsService connectWindows(String serviceName, ControlActions actions, WindowsServiceSettings settings) {
		try {
			WindowsService service = new WindowsService(this.platform.serviceControlManager(), serviceName, actions,
					settings);
			service.connect();
			return service;
		}
		catch (LinkageError ex) {
			logger.warn("Cannot talk to the Service Control Manager: JNA is not usable (" + ex
					+ "). Add net.java.dev.jna:jna-platform to the class path.");
			return null;
		}
	}

	/**
	 * Return the notifier of a connected Windows service, which also writes the service's
	 * life cycle to the Application event log.
	 * @param service the connected service
	 * @param serviceName the service name, the event source
	 * @return the notifier
	 */
	ServiceNotifier windowsNotifier(WindowsService service, String serviceName) {
		return new EventLoggingNotifier(service, this.platform.eventLog(serviceName));
	}

	/**
	 * Return the facts of the process it connects.
	 * @return the process
	 */
	HostProcess process() {
		return this.process;
	}

	/**
	 * Return the platform it connects through.
	 * @return the platform
	 */
	Platform platform() {
		return this.platform;
	}

	ServiceNotifier openNotifier(ServiceManagerDetection detection) {
		if (detection.manager() != ServiceManager.SYSTEMD) {
			return ServiceNotifier.NONE;
		}
		String socket = this.process.getenv("NOTIFY_SOCKET");
		if (socket == null || socket.isEmpty()) {
			logger.info("systemd gave no NOTIFY_SOCKET (the unit is not Type=notify): readiness, status and "
					+ "watchdog notifications are off");
			return ServiceNotifier.NONE;
		}
		ServiceNotifier notifier = ServiceNotifier.NONE;
		try {
			NotifySocketAddress address = NotifySocketAddress.parse(socket);
			notifier = new SystemdNotifier(this.platform.notifyTransport(address), socket, watchdogTimeout());
			unsetNotifyVariables();
		}
		catch (IllegalArgumentException ex) {
			logger.warn(ex.getMessage() + ". The application keeps running, but systemd will not see its "
					+ "readiness, status or watchdog pings.");
			unsetNotifyVariables();
		}
		catch (LinkageError ex) {
			logger.warn("Cannot notify systemd: JNA is not usable (" + ex + "). Add net.java.dev.jna:jna to the "
					+ "class path; the application keeps running without notifications.");
		}
		return notifier;
	}

	/**
	 * Read once, by now: a child process that inherited them would have its notifications
	 * refused (or, under {@code NotifyAccess=all}, taken as the service's), and a child
	 * JVM with this starter would take itself for the service.
	 */
	private void unsetNotifyVariables() {
		try {
			this.platform.unsetEnvironment(NOTIFY_VARIABLES);
		}
		catch (RuntimeException | LinkageError ex) {
			logger.warn("Could not remove " + NOTIFY_VARIABLES + " from the environment (" + ex.getMessage()
					+ "); child processes inherit them and systemd refuses their notifications");
		}
	}

	private @Nullable Duration watchdogTimeout() {
		try {
			return WatchdogSettings.timeout(this.process).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			logger.warn(ex.getMessage() + "; watchdog pings are off");
			return null;
		}
	}

}
