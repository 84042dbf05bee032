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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.W32APITypeMapper;
import io.github.servicestarter.windows.ScmException;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.ServiceStatus;
import io.github.servicestarter.windows.WindowsServiceSpec;
import io.github.servicestarter.windows.WindowsServiceSpec.StartType;
import org.jspecify.annotations.Nullable;

/**
 * {@link ServiceRegistry} on {@code advapi32.dll}. Every call opens the handles it needs,
 * with only the access rights it uses, and closes them again: querying a service asks for
 * nothing a non-administrator lacks, so {@code service:status} needs no elevation. What
 * is read back is read through structures (jna-platform's, and the few it lacks declared
 * here with Microsoft's field names), never from hand-counted offsets.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Advapi32ServiceRegistry implements ServiceRegistry {

	private final Advapi32Services advapi32;

	private static final int SC_MANAGER_CONNECT = 0x1;

	private static final int SC_MANAGER_CREATE_SERVICE = 0x2;

	private static final int SERVICE_QUERY_CONFIG = 0x1;

	private static final int SERVICE_CHANGE_CONFIG = 0x2;

	private static final int SERVICE_QUERY_STATUS = 0x4;

	private static final int SC_STATUS_PROCESS_INFO = 0;

	private static final int SERVICE_START = 0x10;

	private static final int SERVICE_STOP = 0x20;

	private static final int SERVICE_PAUSE_CONTINUE = 0x40;

	private static final int DELETE = 0x10000;

	private static final int SERVICE_WIN32_OWN_PROCESS = 0x10;

	private static final int SERVICE_AUTO_START = 2;

	private static final int SERVICE_DEMAND_START = 3;

	private static final int SERVICE_ERROR_NORMAL = 1;

	/** Leaves a value of {@code ChangeServiceConfigW} as it is. */
	private static final int SERVICE_NO_CHANGE = 0xffffffff;

	private static final String LOCAL_SYSTEM = "LocalSystem";

	private static final int SC_ACTION_RESTART = 1;

	private static final int SERVICE_CONFIG_DESCRIPTION = 1;

	private static final int SERVICE_CONFIG_FAILURE_ACTIONS = 2;

	private static final int SERVICE_CONFIG_DELAYED_AUTO_START_INFO = 3;

	private static final int SERVICE_CONFIG_FAILURE_ACTIONS_FLAG = 4;

	private static final int SERVICE_CONFIG_SERVICE_SID_INFO = 5;

	private static final int SERVICE_CONFIG_REQUIRED_PRIVILEGES_INFO = 6;

	private static final int SERVICE_CONFIG_PRESHUTDOWN_INFO = 7;

	private static final int SERVICE_SID_TYPE_UNRESTRICTED = 1;

	private static final int ERROR_SERVICE_DOES_NOT_EXIST = 1060;

	private static final int ERROR_INVALID_LEVEL = 124;

	private static final int BUFFER_SIZE = 8192;

	private static final String EVENT_SOURCES = "SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\";

	/**
	 * Create the registry on the system's {@code advapi32.dll}.
	 */
	public Advapi32ServiceRegistry() {
		this(Advapi32Services.load());
	}

	Advapi32ServiceRegistry(Advapi32Services advapi32) {
		this.advapi32 = advapi32;
	}

	@Override
	public void createService(WindowsServiceSpec spec) {
		withManager(SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE, (manager) -> {
			Winsvc.SC_HANDLE service = opened(this.advapi32.CreateService(manager, spec.name(), spec.displayName(),
					SERVICE_QUERY_STATUS, SERVICE_WIN32_OWN_PROCESS, startType(spec), SERVICE_ERROR_NORMAL,
					spec.binaryPath(), null, null, null, spec.account(), null), "CreateServiceW");
			this.advapi32.CloseServiceHandle(service);
			return null;
		});
	}

	@Override
	public List<String> configureService(WindowsServiceSpec spec) {
		// Failure actions that restart the service need SERVICE_START besides
		// SERVICE_CHANGE_CONFIG.
		return withService(spec.name(), SERVICE_CHANGE_CONFIG | SERVICE_START, (service) -> {
			List<String> unsupported = new ArrayList<>();
			Winsvc.SERVICE_DESCRIPTION description = new Winsvc.SERVICE_DESCRIPTION();
			description.lpDescription = spec.description();
			change(service, SERVICE_CONFIG_DESCRIPTION, description);
			if (spec.startType() == StartType.DELAYED_AUTO) {
				changeOptional(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, new DwordInfo(1),
						"delayed automatic start", unsupported);
			}
			if (!spec.restartDelays().isEmpty()) {
				change(service, SERVICE_CONFIG_FAILURE_ACTIONS, failureActions(spec));
				Winsvc.SERVICE_FAILURE_ACTIONS_FLAG flag = new Winsvc.SERVICE_FAILURE_ACTIONS_FLAG();
				flag.fFailureActionsOnNonCrashFailures = 1;
				changeOptional(service, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, flag,
						"failure actions on non-crash failures", unsupported);
			}
			changeOptional(service, SERVICE_CONFIG_PRESHUTDOWN_INFO, new DwordInfo(millis(spec.preshutdownTimeout())),
					"preshutdown timeout", unsupported);
			// Every account gets the service SID: the state directory's ACL grants it,
			// not the account.
			changeOptional(service, SERVICE_CONFIG_SERVICE_SID_INFO, new DwordInfo(SERVICE_SID_TYPE_UNRESTRICTED),
					"service SID", unsupported);
			changeOptional(service, SERVICE_CONFIG_REQUIRED_PRIVILEGES_INFO,
					new RequiredPrivileges(WindowsServiceSpec.REQUIRED_PRIVILEGES), "required privileges", unsupported);
			return unsupported;
		});
	}

	private void changeOptional(Winsvc.SC_HANDLE service, int level, Winsvc.ChangeServiceConfig2Info info,
			String setting, List<String> unsupported) {
		try {
			change(service, level, info);
		}
		catch (ScmException ex) {
			if (ex.getErrorCode() != ERROR_INVALID_LEVEL) {
				throw ex;
			}
			unsupported.add(setting);
		}
	}

	private static Winsvc.SERVICE_FAILURE_ACTIONS failureActions(WindowsServiceSpec spec) {
		Winsvc.SC_ACTION.ByReference first = new Winsvc.SC_ACTION.ByReference();
		Winsvc.SC_ACTION[] actions = (Winsvc.SC_ACTION[]) first.toArray(spec.restartDelays().size());
		for (int i = 0; i < actions.length; i++) {
			actions[i].type = SC_ACTION_RESTART;
			actions[i].delay = millis(spec.restartDelays().get(i));
			actions[i].write();
		}
		Winsvc.SERVICE_FAILURE_ACTIONS failureActions = new Winsvc.SERVICE_FAILURE_ACTIONS();
		failureActions.dwResetPeriod = (int) spec.failureResetPeriod().toSeconds();
		failureActions.cActions = actions.length;
		failureActions.lpsaActions = first;
		return failureActions;
	}

	@Override
	public void registerEventSource(String name) {
		String key = EVENT_SOURCES + name;
		try {
			Advapi32Util.registryCreateKey(WinReg.HKEY_LOCAL_MACHINE, key);
			// .NET's generic message file: every event id reads as its one string.
			Advapi32Util.registrySetExpandableStringValue(WinReg.HKEY_LOCAL_MACHINE, key, "EventMessageFile",
					"%SystemRoot%\\Microsoft.NET\\Framework64\\v4.0.30319\\EventLogMessages.dll");
			Advapi32Util.registrySetIntValue(WinReg.HKEY_LOCAL_MACHINE, key, "TypesSupported", 7);
		}
		catch (Win32Exception ex) {
			throw new ScmException("registering the event source " + name, ex.getErrorCode());
		}
	}

	@Override
	public void deleteEventSource(String name) {
		if (Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, EVENT_SOURCES + name)) {
			Advapi32Util.registryDeleteKey(WinReg.HKEY_LOCAL_MACHINE, EVENT_SOURCES + name);
		}
	}

	@Override
	public void deleteService(String name) {
		withService(name, DELETE, (service) -> {
			check(this.advapi32.DeleteService(service), "DeleteService");
			return null;
		});
	}

	@Override
	public void reconfigureService(WindowsServiceSpec spec) {
		withService(spec.name(), SERVICE_CHANGE_CONFIG, (service) -> {
			// A null account would keep the old one: LocalSystem is named.
			String account = (spec.account() != null) ? spec.account() : LOCAL_SYSTEM;
			check(this.advapi32.ChangeServiceConfig(service, SERVICE_WIN32_OWN_PROCESS, startType(spec),
					SERVICE_ERROR_NORMAL, spec.binaryPath(), null, null, null, account, null, spec.displayName()),
					"ChangeServiceConfigW");
			return null;
		});
	}

	@Override
	public void changeBinaryPath(String name, String binaryPath) {
		withService(name, SERVICE_CHANGE_CONFIG, (service) -> {
			check(this.advapi32.ChangeServiceConfig(service, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE, SERVICE_NO_CHANGE,
					binaryPath, null, null, null, null, null, null), "ChangeServiceConfigW");
			return null;
		});
	}

	private static int startType(WindowsServiceSpec spec) {
		return (spec.startType() == StartType.MANUAL) ? SERVICE_DEMAND_START : SERVICE_AUTO_START;
	}

	@Override
	public void startService(String name) {
		withService(name, SERVICE_START, (service) -> {
			check(this.advapi32.StartService(service, 0, null), "StartServiceW");
			return null;
		});
	}

	@Override
	public void controlService(String name, int control) {
		int access = (control == ServiceStatus.SERVICE_CONTROL_STOP) ? SERVICE_STOP : SERVICE_PAUSE_CONTINUE;
		withService(name, access, (service) -> {
			check(this.advapi32.ControlService(service, control, new Winsvc.SERVICE_STATUS()), "ControlService");
			return null;
		});
	}

	@Override
	public Optional<Integer> queryState(String name) {
		return ifExists(() -> withService(name, SERVICE_QUERY_STATUS, (service) -> {
			Winsvc.SERVICE_STATUS status = new Winsvc.SERVICE_STATUS();
			check(this.advapi32.QueryServiceStatus(service, status), "QueryServiceStatus");
			return status.dwCurrentState;
		}));
	}

	@Override
	public OptionalLong queryProcessId(String name) {
		Optional<Integer> processId = ifExists(() -> withService(name, SERVICE_QUERY_STATUS, (service) -> {
			Winsvc.SERVICE_STATUS_PROCESS status = new Winsvc.SERVICE_STATUS_PROCESS();
			check(this.advapi32.QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, status, status.size(),
					new IntByReference()), "QueryServiceStatusEx");
			return status.dwProcessId;
		}));
		return processId.filter((id) -> id != 0).map(OptionalLong::of).orElseGet(OptionalLong::empty);
	}

	@Override
	public Optional<Registration> queryRegistration(String name) {
		return ifExists(() -> withService(name, SERVICE_QUERY_CONFIG, (service) -> {
			QUERY_SERVICE_CONFIG config = new QUERY_SERVICE_CONFIG(query(service, null));
			Winsvc.SERVICE_FAILURE_ACTIONS failure = new Winsvc.SERVICE_FAILURE_ACTIONS(
					queryOptional(service, SERVICE_CONFIG_FAILURE_ACTIONS));
			List<Duration> delays = new ArrayList<>();
			if (failure.lpsaActions != null && failure.cActions > 0) {
				for (Structure action : failure.lpsaActions.toArray(failure.cActions)) {
					delays.add(Duration.ofMillis(((Winsvc.SC_ACTION) action).delay));
				}
			}
			String description = new Description(query(service, SERVICE_CONFIG_DESCRIPTION)).lpDescription;
			return new Registration(config.lpBinaryPathName, config.dwStartType, config.lpServiceStartName,
					config.lpDisplayName, description, delays, Duration.ofSeconds(failure.dwResetPeriod),
					queryOptionalDword(service, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG) != 0,
					queryOptionalDword(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO) != 0,
					Duration.ofMillis(queryOptionalDword(service, SERVICE_CONFIG_PRESHUTDOWN_INFO)));
		}));
	}

	private Memory query(Winsvc.SC_HANDLE service, @Nullable Integer level) {
		Memory buffer = new Memory(BUFFER_SIZE);
		buffer.clear();
		IntByReference needed = new IntByReference();
		if (level == null) {
			check(this.advapi32.QueryServiceConfig(service, buffer, BUFFER_SIZE, needed), "QueryServiceConfigW");
		}
		else {
			check(this.advapi32.QueryServiceConfig2(service, level, buffer, BUFFER_SIZE, needed),
					"QueryServiceConfig2W(" + level + ")");
		}
		return buffer;
	}

	/** A DWORD or BOOL setting this SCM may not know; 0 when it does not. */
	private int queryOptionalDword(Winsvc.SC_HANDLE service, int level) {
		return new DwordInfo(queryOptional(service, level)).value;
	}

	/** A setting this SCM may not report; all zeros when it does not. */
	private Memory queryOptional(Winsvc.SC_HANDLE service, int level) {
		try {
			return query(service, level);
		}
		catch (ScmException ex) {
			if (ex.getErrorCode() != ERROR_INVALID_LEVEL) {
				throw ex;
			}
			Memory empty = new Memory(BUFFER_SIZE);
			empty.clear();
			return empty;
		}
	}

	private void change(Winsvc.SC_HANDLE service, int level, Winsvc.ChangeServiceConfig2Info info) {
		check(this.advapi32.ChangeServiceConfig2(service, level, info), "ChangeServiceConfig2W(" + level + ")");
	}

	private static <T> Optional<T> ifExists(Supplier<T> call) {
		try {
			return Optional.of(call.get());
		}
		catch (ScmException ex) {
			if (ex.getErrorCode() == ERROR_SERVICE_DOES_NOT_EXIST) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private <T> T withManager(int access, Function<Winsvc.SC_HANDLE, T> call) {
		return using(this.advapi32.OpenSCManager(null, null, access), "OpenSCManagerW", call);
	}

	private <T> T withService(String name, int access, Function<Winsvc.SC_HANDLE, T> call) {
		return withManager(SC_MANAGER_CONNECT,
				(manager) -> using(this.advapi32.OpenService(manager, name, access), "OpenServiceW", call));
	}

	private <T> T using(Winsvc.@Nullable SC_HANDLE handle, String openedBy, Function<Winsvc.SC_HANDLE, T> call) {
		Winsvc.SC_HANDLE open = opened(handle, openedBy);
		try {
			return call.apply(open);
		}
		finally {
			this.advapi32.CloseServiceHandle(open);
		}
	}

	private static Winsvc.SC_HANDLE opened(Winsvc.@Nullable SC_HANDLE handle, String call) {
		if (handle == null) {
			throw new ScmException(call, Native.getLastError());
		}
		return handle;
	}

	private static void check(boolean succeeded, String call) {
		if (!succeeded) {
			throw new ScmException(call, Native.getLastError());
		}
	}

	private static int millis(Duration duration) {
		return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
	}

	/**
	 * A {@code ChangeServiceConfig2W} structure of one {@code DWORD} or {@code BOOL}:
	 * {@code SERVICE_DELAYED_AUTO_START_INFO}, {@code SERVICE_PRESHUTDOWN_INFO},
	 * {@code SERVICE_SID_INFO}.
	 */
	@Structure.FieldOrder("value")
	public static class DwordInfo extends Winsvc.ChangeServiceConfig2Info {

		public int value;

		public DwordInfo(int value) {
			this.value = value;
		}

		DwordInfo(Pointer memory) {
			super(memory);
			read();
		}

	}

	/**
	 * {@code SERVICE_REQUIRED_PRIVILEGES_INFOW}: the privileges as a
	 * double-null-terminated list of strings.
	 */
	@Structure.FieldOrder("pmszRequiredPrivileges")
	public static class RequiredPrivileges extends Winsvc.ChangeServiceConfig2Info {

		public Pointer pmszRequiredPrivileges;

		public RequiredPrivileges(List<String> privileges) {
			String multiString = String.join("\0", privileges) + "\0\0";
			Memory memory = new Memory((multiString.length() + 1L) * Native.WCHAR_SIZE);
			memory.setWideString(0, multiString);
			this.pmszRequiredPrivileges = memory;
		}

		/**
		 * Return the privileges the structure holds.
		 * @return the privileges
		 */
		public List<String> privileges() {
			List<String> privileges = new ArrayList<>();
			for (long offset = 0;;) {
				String privilege = this.pmszRequiredPrivileges.getWideString(offset);
				if (privilege.isEmpty()) {
					return privileges;
				}
				privileges.add(privilege);
				offset += (privilege.length() + 1L) * Native.WCHAR_SIZE;
			}
		}

	}

	/**
	 * {@code SERVICE_DESCRIPTIONW} as {@code QueryServiceConfig2W} fills it in.
	 */
	@Structure.FieldOrder("lpDescription")
	public static class Description extends Winsvc.ChangeServiceConfig2Info {

		public @Nullable String lpDescription;

		Description(Pointer memory) {
			super(memory);
			read();
		}

	}

	/**
	 * {@code QUERY_SERVICE_CONFIGW}, which jna-platform does not map.
	 */
	@Structure.FieldOrder({ "dwServiceType", "dwStartType", "dwErrorControl", "lpBinaryPathName", "lpLoadOrderGroup",
			"dwTagId", "lpDependencies", "lpServiceStartName", "lpDisplayName" })
	@SuppressWarnings("NullAway.Init") // read() fills the fields from the SCM's answer
	public static class QUERY_SERVICE_CONFIG extends Structure {

		public int dwServiceType;

		public int dwStartType;

		public int dwErrorControl;

		public String lpBinaryPathName;

		public @Nullable String lpLoadOrderGroup;

		public int dwTagId;

		public @Nullable Pointer lpDependencies;

		public @Nullable String lpServiceStartName;

		public String lpDisplayName;

		QUERY_SERVICE_CONFIG(Pointer memory) {
			super(memory, Structure.ALIGN_DEFAULT, W32APITypeMapper.DEFAULT);
			read();
		}

	}

}
