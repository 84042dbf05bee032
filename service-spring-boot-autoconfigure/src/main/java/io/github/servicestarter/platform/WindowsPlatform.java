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
import io.github.servicestarter.windows.WindowsDetector;
import io.github.servicestarter.windows.jna.Toolhelp32ProcessSnapshot;
import io.github.servicestarter.windows.jna.WindowsProcessResources;
import org.jspecify.annotations.Nullable;

/**
 * Windows: the Service Control Manager is the manager to detect, and the process's
 * resources are read through Kernel32.
 *
 * @author Service Starter contributors
 */
final class WindowsPlatform extends NativePlatform {

	@Override
	public boolean isWindows() {
		return true;
	}

	@Override
	public @Nullable String systemdUnit(HostProcess process) {
		return null;
	}

	/**
	 * Detect the SCM. The parent is looked up in the process list only when it cannot be
	 * opened, so a console run loads no native code.
	 */
	@Override
	public ServiceManagerDetection detect(HostProcess process) {
		WindowsDetector detector = WindowsDetector.forCurrentProcess(Toolhelp32ProcessSnapshot::new);
		return detector.wrapper()
			.map((wrapper) -> ServiceManagerDetection.none("running under the service wrapper " + wrapper
					+ ", which talks to the Service Control Manager itself"))
			.or(() -> detector.detect().map((rule) -> new ServiceManagerDetection(ServiceManager.WINDOWS, rule)))
			.orElseGet(() -> ServiceManagerDetection.none("not launched by the Service Control Manager"));
	}

	@Override
	public ProcessResources processResources() {
		return new WindowsProcessResources();
	}

}
