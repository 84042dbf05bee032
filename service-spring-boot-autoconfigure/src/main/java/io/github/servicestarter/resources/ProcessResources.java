package io.github.servicestarter.resources;

import java.util.Set;

/**
 * Reads resource usage of the current process. A read that fails returns
 * {@link Double#NaN} and never throws, so a metrics scrape can never fail because of it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
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
	 * Return the reader of Linux's {@code /proc} file system, or one that reads nothing
	 * where there is none.
	 * @return the reader
	 */
	static ProcessResources fromProcFileSystem() {
		return LinuxProcessResources.isSupported() ? new LinuxProcessResources() : NoProcessResources.INSTANCE;
	}

}
