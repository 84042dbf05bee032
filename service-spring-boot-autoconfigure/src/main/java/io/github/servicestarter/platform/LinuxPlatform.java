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
