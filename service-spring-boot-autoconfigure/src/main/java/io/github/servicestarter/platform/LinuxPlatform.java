package io.github.servicestarter.platform;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.systemd.SystemdDetector;
import io.github.servicestarter.systemd.SystemdUnit;
import org.jspecify.annotations.Nullable;

/**
 * Linux, and every operating system but Windows: systemd is the manager to detect, and
 * {@code /proc} tells the process's resources.
 *
 * @author Service Starter contributors
 */
final class LinuxPlatform extends NativePlatform {

	@Override
	public boolean isWindows() {
		return false;
	}

	@Override
	public @Nullable String systemdUnit(HostProcess process) {
		return SystemdUnit.find(process).map(SystemdUnit::name).orElse(null);
	}

	@Override
	public ServiceManagerDetection detect(HostProcess process) {
		return new SystemdDetector(process).detect()
			.map((rule) -> new ServiceManagerDetection(ServiceManager.SYSTEMD, rule))
			.orElseGet(() -> ServiceManagerDetection.none("not launched by systemd"));
	}

	@Override
	public ProcessResources processResources() {
		return ProcessResources.fromProcFileSystem();
	}

}
