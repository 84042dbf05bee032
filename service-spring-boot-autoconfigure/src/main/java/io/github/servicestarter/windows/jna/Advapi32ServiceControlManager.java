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

package io.github.servicestarter.windows.jna;

import java.util.function.Consumer;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Winsvc;
import io.github.servicestarter.windows.ScmException;
import io.github.servicestarter.windows.ServiceControlManager;
import io.github.servicestarter.windows.ServiceStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * {@link ServiceControlManager} on {@code advapi32.dll}. The callbacks handed to the SCM
 * are kept in fields for the life of the service: a callback the garbage collector frees
 * while the SCM still holds it crashes the process.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Advapi32ServiceControlManager implements ServiceControlManager {

	private static final Log logger = LogFactory.getLog(Advapi32ServiceControlManager.class);

	private static final int SERVICE_WIN32_OWN_PROCESS = 0x10;

	private Winsvc.@Nullable SERVICE_MAIN_FUNCTION serviceMain;

	private Winsvc.SERVICE_TABLE_ENTRY @Nullable [] dispatchTable;

	private Winsvc.@Nullable HandlerEx handler;

	@Override
	public void runDispatcher(String serviceName, Consumer<String> main) {
		// An exception thrown into JNA's callback would go to standard error, which a
		// service has not.
		Winsvc.SERVICE_MAIN_FUNCTION serviceMain = (argc, argv) -> {
			try {
				main.accept((argc > 0 && argv != null) ? argv.getPointer(0).getWideString(0) : serviceName);
			}
			catch (RuntimeException | Error ex) {
				logger.error("ServiceMain failed", ex);
			}
		};
		Winsvc.SERVICE_TABLE_ENTRY[] table = (Winsvc.SERVICE_TABLE_ENTRY[]) new Winsvc.SERVICE_TABLE_ENTRY().toArray(2);
		table[0].lpServiceName = serviceName;
		table[0].lpServiceProc = serviceMain;
		table[0].write();
		this.serviceMain = serviceMain;
		this.dispatchTable = table;
		if (!Advapi32.INSTANCE.StartServiceCtrlDispatcher(table)) {
			throw new ScmException("StartServiceCtrlDispatcherW", Native.getLastError());
		}
	}

	@Override
	public StatusReporter registerHandler(String serviceName, ControlHandler controlHandler) {
		Winsvc.HandlerEx handler = (control, eventType, eventData, context) -> {
			try {
				return controlHandler.handle(control);
			}
			catch (RuntimeException | Error ex) {
				logger.error("The service control handler failed on control " + control, ex);
				return ServiceStatus.ERROR_CALL_NOT_IMPLEMENTED;
			}
		};
		this.handler = handler;
		Winsvc.SERVICE_STATUS_HANDLE handle = Advapi32.INSTANCE.RegisterServiceCtrlHandlerEx(serviceName, handler,
				null);
		if (handle == null) {
			throw new ScmException("RegisterServiceCtrlHandlerExW", Native.getLastError());
		}
		return (status) -> setServiceStatus(handle, status);
	}

	private static void setServiceStatus(Winsvc.SERVICE_STATUS_HANDLE handle, ServiceStatus status) {
		Winsvc.SERVICE_STATUS native_ = new Winsvc.SERVICE_STATUS();
		native_.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
		native_.dwCurrentState = status.currentState();
		native_.dwControlsAccepted = status.controlsAccepted();
		native_.dwWin32ExitCode = status.win32ExitCode();
		native_.dwServiceSpecificExitCode = status.serviceSpecificExitCode();
		native_.dwCheckPoint = status.checkPoint();
		native_.dwWaitHint = status.waitHint();
		if (!Advapi32.INSTANCE.SetServiceStatus(handle, native_)) {
			throw new ScmException("SetServiceStatus", Native.getLastError());
		}
	}

}
