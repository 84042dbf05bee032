package io.github.servicestarter.systemd.libc;

import com.sun.jna.Native;

/**
 * The kernel's id of the calling thread ({@code gettid}), which the journal records as
 * {@code TID} and which {@code top -H} and {@code /proc/<pid>/task} show. Java's own
 * thread ids are unrelated to it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcThread {

	static {
		Native.register("c");
	}

	private LibcThread() {
	}

	/**
	 * Return the calling thread's kernel id.
	 * @return the thread id
	 */
	public static int currentId() {
		return gettid();
	}

	private static native int gettid();

}
