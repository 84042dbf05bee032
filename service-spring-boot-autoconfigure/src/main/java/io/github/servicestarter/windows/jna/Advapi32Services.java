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

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import org.jspecify.annotations.Nullable;

/**
 * The {@code advapi32.dll} functions that {@link Advapi32ServiceRegistry} calls, with
 * Microsoft's names and signatures over jna-platform's structures. An interface of its
 * own, without jna-platform's {@code INSTANCE} that loads the library when the interface
 * is initialised, so that the registry is tested against a fake on any OS.
 *
 * @author Service Starter contributors
 */
interface Advapi32Services extends StdCallLibrary {

	/**
	 * Load the system's {@code advapi32.dll} (the wide-character functions).
	 * @return the functions
	 */
	static Advapi32Services load() {
		return Native.load("advapi32", Advapi32Services.class, W32APIOptions.DEFAULT_OPTIONS);
	}

	Winsvc.@Nullable SC_HANDLE OpenSCManager(@Nullable String machineName, @Nullable String databaseName,
			int desiredAccess);

	Winsvc.@Nullable SC_HANDLE OpenService(Winsvc.SC_HANDLE manager, String serviceName, int desiredAccess);

	Winsvc.@Nullable SC_HANDLE CreateService(Winsvc.SC_HANDLE manager, String serviceName, String displayName,
			int desiredAccess, int serviceType, int startType, int errorControl, String binaryPathName,
			@Nullable String loadOrderGroup, @Nullable IntByReference tagId, @Nullable String dependencies,
			@Nullable String serviceStartName, @Nullable String password);

	boolean ChangeServiceConfig(Winsvc.SC_HANDLE service, int serviceType, int startType, int errorControl,
			String binaryPathName, @Nullable String loadOrderGroup, @Nullable IntByReference tagId,
			@Nullable String dependencies, @Nullable String serviceStartName, @Nullable String password,
			@Nullable String displayName);

	boolean CloseServiceHandle(Winsvc.SC_HANDLE handle);

	boolean DeleteService(Winsvc.SC_HANDLE service);

	boolean StartService(Winsvc.SC_HANDLE service, int argumentCount, String @Nullable [] arguments);

	boolean ControlService(Winsvc.SC_HANDLE service, int control, Winsvc.SERVICE_STATUS status);

	boolean QueryServiceStatus(Winsvc.SC_HANDLE service, Winsvc.SERVICE_STATUS status);

	boolean QueryServiceStatusEx(Winsvc.SC_HANDLE service, int infoLevel, Winsvc.SERVICE_STATUS_PROCESS status,
			int size, IntByReference needed);

	boolean QueryServiceConfig(Winsvc.SC_HANDLE service, Pointer config, int size, IntByReference needed);

	boolean QueryServiceConfig2(Winsvc.SC_HANDLE service, int infoLevel, Pointer buffer, int size,
			IntByReference needed);

	boolean ChangeServiceConfig2(Winsvc.SC_HANDLE service, int infoLevel, Winsvc.ChangeServiceConfig2Info info);

}
