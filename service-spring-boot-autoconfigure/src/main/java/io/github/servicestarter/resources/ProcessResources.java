package io.github.servicestarter.resources;

import java.util.Set;

import io.github.servicestarter.windows.jna.WindowsProcessResources;

/**
 * Reads resource usage of the current process. A read that fails returns {@link Double#NaN}
 * and never throws, so a metrics scrape can never fail because of it.
 *
 * @author Service Starter contributors
 */
public interface ProcessResources {

	/**
	 * Return the resources this reader can read on this machine, decided once, up front.
	 * @return the readable resources
	 */
	Set<ProcessResource> available();

	/**
	 * Read one resource now.
	 * @param resource the resource
	 * @return its value, or {@link Double#NaN} when it cannot be read
	 */
	double read(ProcessResource resource);

	/**
	 * Return the reader for the running operating system.
	 * @return the reader; one that reads nothing where the OS is not supported
	 */
	static ProcessResources forCurrentProcess() {
		if (System.getProperty("os.name", "").startsWith("Windows")) {
			return new WindowsProcessResources();
		}
		return LinuxProcessResources.isSupported() ? new LinuxProcessResources() : NoProcessResources.INSTANCE;
	}

}
