package io.github.servicestarter.windows.jna;

import java.nio.file.Path;

import com.sun.jna.platform.win32.KnownFolders;
import com.sun.jna.platform.win32.Shell32Util;

/**
 * Windows' known folders, from {@code SHGetKnownFolderPath}: the same answer for every
 * account, unlike the {@code %ProgramData%} variable, which the installer's and the
 * service account's environments may disagree on.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class KnownFolder {

	private KnownFolder() {
	}

	/**
	 * Return the ProgramData folder ({@code FOLDERID_ProgramData}).
	 * @return the folder, e.g. {@code C:\ProgramData}
	 */
	public static Path programData() {
		return Path.of(Shell32Util.getKnownFolderPath(KnownFolders.FOLDERID_ProgramData));
	}

}
