package io.github.servicestarter.windows;

import java.util.Optional;

/**
 * The system's process list, read without opening any process: on Windows 8.1 and later
 * {@code services.exe} is a protected process that nobody may open with the rights
 * {@link ProcessHandle#info()} uses, but the list still names it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProcessSnapshot {

	/**
	 * Return the image file name of a process's parent, as the process list has it.
	 * @param pid the process id
	 * @return the parent's image file name (e.g. {@code services.exe}), or empty when the
	 * process or its parent is not in the list
	 */
	Optional<String> parentImage(long pid);

}
