package io.github.servicestarter.systemd.libc;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

/**
 * Removes variables from the process's C environment with libc's {@code unsetenv}, which
 * is what child processes inherit: {@link System#getenv()} keeps the JVM's start-up
 * snapshot, so the application still reads what it read before.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcEnvironment {

	static {
		Native.register("c");
	}

	private LibcEnvironment() {
	}

	/**
	 * Remove variables from the C environment.
	 * @param names the variable names
	 * @throws LastErrorException if libc refuses a name
	 */
	public static void unset(Iterable<String> names) {
		for (String name : names) {
			unsetenv(name);
		}
	}

	private static native int unsetenv(String name) throws LastErrorException;

}
