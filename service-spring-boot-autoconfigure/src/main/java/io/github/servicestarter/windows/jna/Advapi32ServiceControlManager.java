package io.github.servicestarter.windows.jna;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Winsvc;
import io.github.servicestarter.windows.ScmException;
import io.github.servicestarter.windows.ServiceControlManager;
import io.github.servicestarter.windows.ServiceStatus;
import org.jspecify.annotations.Nullable;

/**
 * {@link ServiceControlManager} on {@code advapi32.dll}. The callbacks handed to the SCM are
 * kept in fields for the life of the service: a callback the garbage collector frees while
 * the SCM still holds it crashes the process.
 *
 * @author Service Starter contributors
 */
public final class Advapi32ServiceControlManager implements ServiceControlManager {

	private static final int SERVICE_WIN32_OWN_PROCESS = 0x10;

	private Winsvc.@Nullable SERVICE_MAIN_FUNCTION serviceMain;

	private Winsvc.SERVICE_TABLE_ENTRY @Nullable [] dispatchTable;

	private Winsvc.@Nullable HandlerEx handler;

	@Override
	public void runDispatcher(String serviceName, Runnable main) {
		Winsvc.SERVICE_MAIN_FUNCTION serviceMain = (argc, argv) -> main.run();
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
		Winsvc.HandlerEx handler = (control, eventType, eventData, context) -> controlHandler.handle(control);
		this.handler = handler;
		Winsvc.SERVICE_STATUS_HANDLE handle = Advapi32.INSTANCE.RegisterServiceCtrlHandlerEx(serviceName, handler, null);
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
