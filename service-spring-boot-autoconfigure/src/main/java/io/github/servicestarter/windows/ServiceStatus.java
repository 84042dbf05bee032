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

/**
 * One {@code SERVICE_STATUS} report, with the Win32 constants it uses.
 *
 * @param currentState the {@code SERVICE_*} state
 * @param controlsAccepted the {@code SERVICE_ACCEPT_*} flags (never
 * {@code SERVICE_CONTROL_*} codes)
 * @param win32ExitCode {@code NO_ERROR}, {@code ERROR_SERVICE_SPECIFIC_ERROR} with a
 * service-specific code, or {@code ERROR_TIMEOUT} for a stop that passed its deadline
 * @param serviceSpecificExitCode the service-specific exit code
 * @param checkPoint increases while a pending operation progresses; 0 otherwise
 * @param waitHint milliseconds until the next report of a pending operation
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ServiceStatus(int currentState, int controlsAccepted, int win32ExitCode, int serviceSpecificExitCode,
		int checkPoint, int waitHint) {

	public static final int SERVICE_STOPPED = 1;

	public static final int SERVICE_START_PENDING = 2;

	public static final int SERVICE_STOP_PENDING = 3;

	public static final int SERVICE_RUNNING = 4;

	public static final int SERVICE_CONTINUE_PENDING = 5;

	public static final int SERVICE_PAUSE_PENDING = 6;

	public static final int SERVICE_PAUSED = 7;

	public static final int SERVICE_ACCEPT_STOP = 0x1;

	public static final int SERVICE_ACCEPT_PAUSE_CONTINUE = 0x2;

	public static final int SERVICE_ACCEPT_SHUTDOWN = 0x4;

	public static final int SERVICE_ACCEPT_PARAMCHANGE = 0x8;

	public static final int SERVICE_ACCEPT_PRESHUTDOWN = 0x100;

	public static final int SERVICE_CONTROL_STOP = 0x1;

	public static final int SERVICE_CONTROL_PAUSE = 0x2;

	public static final int SERVICE_CONTROL_CONTINUE = 0x3;

	public static final int SERVICE_CONTROL_INTERROGATE = 0x4;

	public static final int SERVICE_CONTROL_SHUTDOWN = 0x5;

	public static final int SERVICE_CONTROL_PARAMCHANGE = 0x6;

	public static final int SERVICE_CONTROL_PRESHUTDOWN = 0xF;

	public static final int NO_ERROR = 0;

	public static final int ERROR_CALL_NOT_IMPLEMENTED = 120;

	public static final int ERROR_SERVICE_SPECIFIC_ERROR = 1066;

	/** {@code ERROR_TIMEOUT}: a start or a stop that did not end in time. */
	public static final int ERROR_TIMEOUT = 1460;

}
