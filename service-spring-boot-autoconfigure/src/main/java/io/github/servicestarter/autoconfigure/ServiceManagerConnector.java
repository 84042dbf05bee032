package io.github.servicestarter.autoconfigure;

import java.time.Duration;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.SystemdDetector;
import io.github.servicestarter.systemd.SystemdNotifier;
import io.github.servicestarter.systemd.WatchdogSettings;
import io.github.servicestarter.systemd.libc.LibcNotifyTransport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Detects the service manager and opens the notifier that talks to it. The only place that
 * knows every manager; native code is reached only when a manager with a notify channel is
 * found.
 *
 * @author Service Starter contributors
 */
final class ServiceManagerConnector {

	private static final Log logger = LogFactory.getLog(ServiceManagerConnector.class);

	private final HostProcess process;

	ServiceManagerConnector(HostProcess process) {
		this.process = process;
	}

	ServiceManagerDetection detect(ServiceManagerSelection selection) {
		return switch (selection) {
			case NONE -> ServiceManagerDetection.none("service.manager=none");
			case SYSTEMD -> new ServiceManagerDetection(ServiceManager.SYSTEMD, "service.manager=systemd");
			case AUTO -> new SystemdDetector(this.process).detect()
				.map((rule) -> new ServiceManagerDetection(ServiceManager.SYSTEMD, rule))
				.orElseGet(() -> ServiceManagerDetection.none("not launched by systemd"));
		};
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
		try {
			NotifySocketAddress address = NotifySocketAddress.parse(socket);
			return new SystemdNotifier(new LibcNotifyTransport(address), socket, watchdogTimeout());
		}
		catch (IllegalArgumentException ex) {
			logger.warn(ex.getMessage() + ". The application keeps running, but systemd will not see its "
					+ "readiness, status or watchdog pings.");
		}
		catch (LinkageError ex) {
			logger.warn("Cannot notify systemd: JNA is not usable (" + ex + "). Add net.java.dev.jna:jna to the "
					+ "class path; the application keeps running without notifications.");
		}
		return ServiceNotifier.NONE;
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
