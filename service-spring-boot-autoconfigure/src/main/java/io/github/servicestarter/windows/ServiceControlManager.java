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

import java.util.function.Consumer;

/**
 * The part of the Win32 service API a service process uses, as a seam: the real one calls
 * {@code advapi32.dll}, tests use a fake that calls back on its own threads.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface ServiceControlManager {

	/**
	 * Connect to the SCM as the service process ({@code StartServiceCtrlDispatcherW}):
	 * blocks for the life of the service and calls {@code serviceMain} on a thread of the
	 * SCM, with the name the SCM started the service under ({@code lpszArgv[0]}).
	 * @param serviceName the service name
	 * @param serviceMain what the SCM runs as the service's main function
	 * @throws ScmException with error 1063 when the process was not started by the SCM
	 */
	void runDispatcher(String serviceName, Consumer<String> serviceMain);

	/**
	 * Register the control handler ({@code RegisterServiceCtrlHandlerExW}); must be
	 * called from {@code serviceMain} before anything else.
	 * @param serviceName the service name
	 * @param handler the handler the SCM calls for each control
	 * @return the reporter of the service's status
	 */
	StatusReporter registerHandler(String serviceName, ControlHandler handler);

	/**
	 * Handles one control code sent by the SCM. Runs on the dispatcher thread and must
	 * return quickly.
	 */
	@FunctionalInterface
	interface ControlHandler {

		/**
		 * Handle a control.
		 * @param control the {@code SERVICE_CONTROL_*} code
		 * @return {@code NO_ERROR}, or {@code ERROR_CALL_NOT_IMPLEMENTED} for controls
		 * not handled
		 */
		int handle(int control);

	}

	/**
	 * Reports the service's status ({@code SetServiceStatus}).
	 */
	@FunctionalInterface
	interface StatusReporter {

		/**
		 * Report a status.
		 * @param status the status
		 */
		void report(ServiceStatus status);

	}

}
