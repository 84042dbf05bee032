package io.github.servicestarter.windows.jna;

import java.nio.file.Path;

import com.sun.jna.Native;
import com.sun.jna.WString;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * Changes the process's current directory ({@code SetCurrentDirectoryW}): the SCM starts
 * every service in {@code %SystemRoot%\System32} and has no setting for another.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Kernel32WorkingDirectory {

	private Kernel32WorkingDirectory() {
	}

	/**
	 * Make the directory the process's current directory.
	 * @param directory an absolute directory
	 * @return whether Windows changed to it
	 */
	public static boolean enter(Path directory) {
		return Kernel32.INSTANCE.SetCurrentDirectoryW(new WString(directory.toString()));
	}

	private interface Kernel32 extends StdCallLibrary {

		Kernel32 INSTANCE = Native.load("kernel32", Kernel32.class, W32APIOptions.UNICODE_OPTIONS);

		boolean SetCurrentDirectoryW(WString pathName);

	}

}
