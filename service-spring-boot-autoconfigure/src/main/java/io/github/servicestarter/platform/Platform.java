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
import java.util.function.Function;
import java.util.function.IntSupplier;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerDetection;
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
 * The operating system the process runs on, and the only door to native code: it hands
 * out detection, the transports that talk to the service manager, the process resources
 * and the service registry, each built from its native seam only when asked for. A Linux
 * and a Windows implementation exist, one chosen once per JVM ({@link #current()}); tests
 * pass a fake. Nothing loads a native library until a method that needs one is called, so
 * a process that asks for none loads none.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface Platform {

	/**
	 * Return the platform of this JVM, chosen once from {@code os.name}.
	 * @return the platform
	 */
	static Platform current() {
		return CurrentPlatform.INSTANCE;
	}

	/**
	 * Return whether this is Windows.
	 * @return whether it is Windows
	 */
	boolean isWindows();

	/**
	 * Return the facts of this process and the user it runs as.
	 * @return the host's facts
	 */
	default HostFacts host() {
		return host(HostProcess.current());
	}

	/**
	 * Return the facts of the host with the given process facts.
	 * @param process the facts of the process
	 * @return the host's facts
	 */
	default HostFacts host(HostProcess process) {
		return new HostFacts(process, isWindows(), System.getProperty("user.name", ""),
				Path.of(System.getProperty("user.home", "")), this::programData);
	}

	/**
	 * Work out the service's identity ({@link ServiceIdentity#resolve}) for this process:
	 * its systemd unit, when it runs in one, and the host's facts.
	 * @param settings the value of a setting by its key, {@code null} when unset
	 * @param process the facts of the process
	 * @return the identity
	 */
	default ServiceIdentity identity(Function<String, @Nullable String> settings, HostProcess process) {
		return ServiceIdentity.resolve(settings, systemdUnit(process), null, host(process));
	}

	/**
	 * Work out the service's name alone ({@link ServiceIdentity#resolveName}) for this
	 * process, asking the host nothing more than its systemd unit.
	 * @param settings the value of a setting by its key, {@code null} when unset
	 * @param process the facts of the process
	 * @return the name
	 */
	default String serviceName(Function<String, @Nullable String> settings, HostProcess process) {
		return ServiceIdentity.resolveName(settings, systemdUnit(process), null);
	}

	/**
	 * Return the systemd unit the process runs in.
	 * @param process the facts of the process
	 * @return the unit's name, {@code null} outside a unit and on Windows
	 */
	@Nullable String systemdUnit(HostProcess process);

	/**
	 * Detect the service manager that launched the process: systemd on Linux, the SCM on
	 * Windows.
	 * @param process the facts of the process
	 * @return the detection, {@linkplain ServiceManagerDetection#none none} with the
	 * reason when no manager launched it
	 */
	ServiceManagerDetection detect(HostProcess process);

	/**
	 * Return the process resource reader of this operating system.
	 * @return the reader; one that reads nothing where the OS is not supported
	 */
	ProcessResources processResources();

	/**
	 * Open the transport of systemd's notify socket.
	 * @param address the socket's address ({@code NOTIFY_SOCKET})
	 * @return the transport
	 */
	NotifyTransport notifyTransport(NotifySocketAddress address);

	/**
	 * Set the memory pressure trigger systemd asked for.
	 * @param watch the pressure file and the trigger
	 * @return the trigger
	 * @throws IOException if the file cannot be opened or refuses the trigger
	 */
	PressureTrigger pressureTrigger(MemoryPressureWatch watch) throws IOException;

	/**
	 * Open the transport of journald's native socket.
	 * @param socket the socket's path
	 * @return the transport
	 */
	JournalTransport journalTransport(Path socket);

	/**
	 * Return the kernel's id of the calling thread, as journald records it ({@code TID}).
	 * @return the reader of the calling thread's id
	 */
	IntSupplier threadIds();

	/**
	 * Remove variables from the process's environment, the one child processes inherit.
	 * @param names the variables
	 */
	void unsetEnvironment(List<String> names);

	/**
	 * Ask the kernel what a socket systemd passed is.
	 * @param passed the passed descriptor
	 * @return its description
	 */
	PassedSocket describe(SocketActivation.Passed passed);

	/**
	 * Make a passed socket the process's standard input, the one descriptor the JDK turns
	 * into a channel ({@code System.inheritedChannel()}).
	 * @param descriptor the socket's descriptor
	 */
	void moveToStandardInput(int descriptor);

	/**
	 * Return the Service Control Manager's side of the service conversation.
	 * @return the SCM
	 */
	ServiceControlManager serviceControlManager();

	/**
	 * Make the directory the Windows process's current directory, as the SCM has no
	 * setting for it ({@code SetCurrentDirectoryW}).
	 * @param directory an absolute directory
	 * @return whether Windows changed to it
	 */
	boolean enterWindowsWorkingDirectory(Path directory);

	/**
	 * Append what the C runtime of a Windows process without a console writes to standard
	 * output and standard error (the JVM's own output) to a file.
	 * @param file the file, created when missing
	 * @return whether the C {@code stdout} and {@code stderr} streams were reopened on it
	 * as well as descriptors 1 and 2
	 * @throws IllegalStateException when the file cannot be opened or a descriptor
	 * replaced
	 */
	boolean redirectWindowsStandardStreams(Path file);

	/**
	 * Return a writer to the Application event log.
	 * @param source the event source, the service name
	 * @return the writer
	 */
	EventLogWriter eventLog(String source);

	/**
	 * Return the registry of Windows services, for installing and querying.
	 * @return the registry
	 */
	ServiceRegistry serviceRegistry();

	/**
	 * Return the machine's DPAPI, which encrypts a service's secrets; Windows only.
	 * @return the protection
	 */
	SecretProtection secretProtection();

	/**
	 * Return who may do what with files and directories; Windows only.
	 * @return the file security calls
	 */
	WindowsSecurity windowsSecurity();

	/**
	 * Return the ProgramData known folder (usually {@code C:\ProgramData}); Windows only.
	 * @return the folder
	 */
	Path programData();

}
