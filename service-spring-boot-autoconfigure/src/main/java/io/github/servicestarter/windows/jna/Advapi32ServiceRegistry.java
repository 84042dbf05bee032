package io.github.servicestarter.windows.jna;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinReg;
import com.sun.jna.platform.win32.Winsvc;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import io.github.servicestarter.windows.ScmException;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.WindowsServiceSpec;
import io.github.servicestarter.windows.WindowsServiceSpec.StartType;
import org.jspecify.annotations.Nullable;

/**
 * {@link ServiceRegistry} on {@code advapi32.dll}. Every call opens the handles it needs and
 * closes them again. The structures jna-platform does not map are declared here with
 * Microsoft's field names; what is read back is parsed from the 64-bit layouts.
 *
 * @author Service Starter contributors
 */
public final class Advapi32ServiceRegistry implements ServiceRegistry {

	private static final int SC_MANAGER_CONNECT = 0x1;

	private static final int SC_MANAGER_CREATE_SERVICE = 0x2;

	private static final int SERVICE_ALL_ACCESS = 0xF01FF;

	private static final int SERVICE_WIN32_OWN_PROCESS = 0x10;

	private static final int SERVICE_AUTO_START = 2;

	private static final int SERVICE_DEMAND_START = 3;

	private static final int SERVICE_ERROR_NORMAL = 1;

	private static final int SERVICE_CONTROL_STOP = 1;

	private static final int SC_ACTION_RESTART = 1;

	private static final int SERVICE_CONFIG_DESCRIPTION = 1;

	private static final int SERVICE_CONFIG_FAILURE_ACTIONS = 2;

	private static final int SERVICE_CONFIG_DELAYED_AUTO_START_INFO = 3;

	private static final int SERVICE_CONFIG_FAILURE_ACTIONS_FLAG = 4;

	private static final int SERVICE_CONFIG_SERVICE_SID_INFO = 5;

	private static final int SERVICE_CONFIG_PRESHUTDOWN_INFO = 7;

	private static final int SERVICE_SID_TYPE_UNRESTRICTED = 1;

	private static final int ERROR_SERVICE_DOES_NOT_EXIST = 1060;

	private static final int ERROR_INVALID_LEVEL = 124;

	private static final int BUFFER_SIZE = 8192;

	private static final String EVENT_SOURCES = "SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\";

	@Override
	public void createService(WindowsServiceSpec spec) {
		withManager(SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE, (manager) -> {
			int startType = (spec.startType() == StartType.MANUAL) ? SERVICE_DEMAND_START : SERVICE_AUTO_START;
			Winsvc.SC_HANDLE service = Advapi32.INSTANCE.CreateService(manager, spec.name(), spec.displayName(),
					SERVICE_ALL_ACCESS, SERVICE_WIN32_OWN_PROCESS, startType, SERVICE_ERROR_NORMAL, spec.binaryPath(),
					null, null, null, spec.account(), null);
			check(service != null, "CreateServiceW");
			Advapi32.INSTANCE.CloseServiceHandle(service);
			return null;
		});
	}

	@Override
	public List<String> configureService(WindowsServiceSpec spec) {
		return withService(spec.name(), (service) -> {
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
				changeOptional(service, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, flag, "failure actions on non-crash failures",
						unsupported);
			}
			changeOptional(service, SERVICE_CONFIG_PRESHUTDOWN_INFO, new DwordInfo(millis(spec.preshutdownTimeout())),
					"preshutdown timeout", unsupported);
			if (spec.virtualAccount()) {
				changeOptional(service, SERVICE_CONFIG_SERVICE_SID_INFO, new DwordInfo(SERVICE_SID_TYPE_UNRESTRICTED),
						"service SID", unsupported);
			}
			return unsupported;
		});
	}

	private static void changeOptional(Winsvc.SC_HANDLE service, int level, Winsvc.ChangeServiceConfig2Info info,
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
		withService(name, (service) -> {
			check(Advapi32.INSTANCE.DeleteService(service), "DeleteService");
			return null;
		});
	}

	@Override
	public void startService(String name) {
		withService(name, (service) -> {
			check(Advapi32.INSTANCE.StartService(service, 0, null), "StartServiceW");
			return null;
		});
	}

	@Override
	public void stopService(String name) {
		withService(name, (service) -> {
			check(Advapi32.INSTANCE.ControlService(service, SERVICE_CONTROL_STOP, new Winsvc.SERVICE_STATUS()),
					"ControlService");
			return null;
		});
	}

	@Override
	public Optional<Integer> queryState(String name) {
		return ifExists(() -> withService(name, (service) -> {
			Winsvc.SERVICE_STATUS status = new Winsvc.SERVICE_STATUS();
			check(Advapi32.INSTANCE.QueryServiceStatus(service, status), "QueryServiceStatus");
			return status.dwCurrentState;
		}));
	}

	@Override
	public Optional<Registration> queryRegistration(String name) {
		return ifExists(() -> withService(name, (service) -> {
			Memory config = query(service, null);
			Memory failure = queryOptional(service, SERVICE_CONFIG_FAILURE_ACTIONS);
			List<Duration> delays = new ArrayList<>();
			Pointer actions = failure.getPointer(32);
			for (int i = 0; actions != null && i < failure.getInt(24); i++) {
				delays.add(Duration.ofMillis(actions.getInt(i * 8L + 4)));
			}
			Pointer description = query(service, SERVICE_CONFIG_DESCRIPTION).getPointer(0);
			// QUERY_SERVICE_CONFIGW on x64: binary path at 16, start name at 48, display name at 56.
			Pointer account = config.getPointer(48);
			return new Registration(config.getPointer(16).getWideString(0), config.getInt(4),
					(account != null) ? account.getWideString(0) : null, config.getPointer(56).getWideString(0),
					(description != null) ? description.getWideString(0) : null, delays,
					Duration.ofSeconds(failure.getInt(0)), queryOptionalDword(service, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG) != 0,
					queryOptionalDword(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO) != 0,
					Duration.ofMillis(queryOptionalDword(service, SERVICE_CONFIG_PRESHUTDOWN_INFO)));
		}));
	}

	private static Memory query(Winsvc.SC_HANDLE service, @Nullable Integer level) {
		Memory buffer = new Memory(BUFFER_SIZE);
		buffer.clear();
		IntByReference needed = new IntByReference();
		if (level == null) {
			check(Advapi32Extra.INSTANCE.QueryServiceConfigW(service, buffer, BUFFER_SIZE, needed),
					"QueryServiceConfigW");
		}
		else {
			check(Advapi32.INSTANCE.QueryServiceConfig2(service, level, buffer, BUFFER_SIZE, needed),
					"QueryServiceConfig2W(" + level + ")");
		}
		return buffer;
	}

	/** A DWORD or BOOL setting this SCM may not know; 0 when it does not. */
	private static int queryOptionalDword(Winsvc.SC_HANDLE service, int level) {
		return queryOptional(service, level).getInt(0);
	}

	/** A setting this SCM may not report; all zeros when it does not. */
	private static Memory queryOptional(Winsvc.SC_HANDLE service, int level) {
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

	private static void change(Winsvc.SC_HANDLE service, int level, Winsvc.ChangeServiceConfig2Info info) {
		check(Advapi32.INSTANCE.ChangeServiceConfig2(service, level, info), "ChangeServiceConfig2W(" + level + ")");
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

	private static <T> T withManager(int access, Function<Winsvc.SC_HANDLE, T> call) {
		return using(Advapi32.INSTANCE.OpenSCManager(null, null, access), "OpenSCManagerW", call);
	}

	private static <T> T withService(String name, Function<Winsvc.SC_HANDLE, T> call) {
		return withManager(SC_MANAGER_CONNECT, (manager) -> using(
				Advapi32.INSTANCE.OpenService(manager, name, SERVICE_ALL_ACCESS), "OpenServiceW", call));
	}

	private static <T> T using(Winsvc.@Nullable SC_HANDLE handle, String openedBy,
			Function<Winsvc.SC_HANDLE, T> call) {
		check(handle != null, openedBy);
		try {
			return call.apply(handle);
		}
		finally {
			Advapi32.INSTANCE.CloseServiceHandle(handle);
		}
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

	}

	/**
	 * advapi32 functions that jna-platform does not map.
	 */
	interface Advapi32Extra extends StdCallLibrary {

		Advapi32Extra INSTANCE = Native.load("advapi32", Advapi32Extra.class);

		boolean QueryServiceConfigW(Winsvc.SC_HANDLE service, Pointer config, int size, IntByReference needed);

	}

}
