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

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/**
 * The Win32 calls that register, control and remove services, as a seam: the real one
 * calls {@code advapi32.dll}, tests use a fake that records the calls. Failures throw
 * {@link ScmException} with the Win32 error code.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface ServiceRegistry {

	/** {@code ERROR_ACCESS_DENIED}. */
	int ERROR_ACCESS_DENIED = 5;

	/**
	 * {@code CreateServiceW} for an own-process service.
	 * @param spec the registration
	 */
	void createService(WindowsServiceSpec spec);

	/**
	 * {@code ChangeServiceConfig2W} with the description, delayed auto-start, failure
	 * actions (with the non-crash failure flag), preshutdown timeout and, for a virtual
	 * account, an unrestricted service SID.
	 * @param spec the registration
	 * @return the optional settings this SCM does not know ({@code ERROR_INVALID_LEVEL}),
	 * by name
	 */
	List<String> configureService(WindowsServiceSpec spec);

	/**
	 * Register the service's event source in the Application event log, so that Event
	 * Viewer shows its events' text.
	 * @param name the service name, which is the event source name
	 */
	void registerEventSource(String name);

	/**
	 * Remove the service's event source, if registered.
	 * @param name the service name
	 */
	void deleteEventSource(String name);

	/**
	 * {@code DeleteService}.
	 * @param name the service name
	 */
	void deleteService(String name);

	/**
	 * {@code ChangeServiceConfigW}: give an existing service the registration's command
	 * line, start type, account and display name. Unlike deleting and creating it again,
	 * this works while other programs hold the service open (a deleted service stays
	 * "marked for deletion", error 1072, until every handle to it is closed).
	 * @param spec the registration
	 */
	void reconfigureService(WindowsServiceSpec spec);

	/**
	 * {@code ChangeServiceConfigW} with the command line alone, the rest left as it is.
	 * @param name the service name
	 * @param binaryPath the quoted command line
	 */
	void changeBinaryPath(String name, String binaryPath);

	/**
	 * {@code StartServiceW}.
	 * @param name the service name
	 */
	void startService(String name);

	/**
	 * {@code ControlService}: stop, pause or continue the service.
	 * @param name the service name
	 * @param control {@link ServiceStatus#SERVICE_CONTROL_STOP},
	 * {@link ServiceStatus#SERVICE_CONTROL_PAUSE} or
	 * {@link ServiceStatus#SERVICE_CONTROL_CONTINUE}
	 */
	void controlService(String name, int control);

	/**
	 * {@code QueryServiceStatus}.
	 * @param name the service name
	 * @return the current state ({@code SERVICE_*}), or empty when no such service exists
	 */
	Optional<Integer> queryState(String name);

	/**
	 * {@code QueryServiceStatusEx}: the process the service runs in. Windows reports
	 * {@code SERVICE_STOPPED} before that process has exited, and it keeps its files open
	 * until it has.
	 * @param name the service name
	 * @return the process id, or empty when the service runs in no process or does not
	 * exist
	 */
	OptionalLong queryProcessId(String name);

	/**
	 * {@code QueryServiceConfigW} and {@code QueryServiceConfig2W}: the registration as
	 * Windows keeps it.
	 * @param name the service name
	 * @return what is registered, or empty when no such service exists
	 */
	Optional<Registration> queryRegistration(String name);

	/**
	 * A service registration read back from the SCM.
	 *
	 * @param binaryPath the binary path
	 * @param startType the {@code SERVICE_*_START} value
	 * @param account the account, or {@code null}
	 * @param displayName the display name
	 * @param description the description, or {@code null}
	 * @param restartDelays the delays of the recovery actions
	 * @param failureResetPeriod the reset period of the failure count
	 * @param failureActionsOnNonCrashFailures whether recovery also follows reported
	 * failures
	 * @param delayedAutoStart whether an automatic start is delayed
	 * @param preshutdownTimeout the preshutdown timeout
	 */
	record Registration(String binaryPath, int startType, @Nullable String account, String displayName,
			@Nullable String description, List<Duration> restartDelays, Duration failureResetPeriod,
			boolean failureActionsOnNonCrashFailures, boolean delayedAutoStart, Duration preshutdownTimeout) {

	}

}
