package io.github.servicestarter.platform;

import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.windows.jna.WindowsProcessResources;

/**
 * The operating system the process runs on, decided in one place, and what differs by it.
 *
 * @author Service Starter contributors
 */
public final class Platform {

	private Platform() {
	}

	/**
	 * Return whether the process runs on Windows ({@code os.name}).
	 * @return whether it is Windows
	 */
	public static boolean isWindows() {
		return System.getProperty("os.name", "").startsWith("Windows");
	}

	/**
	 * Return the process resource reader for the running operating system.
	 * @return the reader; one that reads nothing where the OS is not supported
	 */
	public static ProcessResources processResources() {
		if (isWindows()) {
			return new WindowsProcessResources();
		}
		return ProcessResources.fromProcFileSystem();
	}

}
