package io.github.servicestarter.windows.jna;

import com.sun.jna.platform.win32.Crypt32Util;
import com.sun.jna.platform.win32.WinCrypt;
import io.github.servicestarter.windows.SecretProtection;

/**
 * DPAPI through {@code crypt32.dll}, for the machine rather than a user, without a
 * prompt: a service's virtual account has no user profile to hold a user key.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Crypt32SecretProtection implements SecretProtection {

	private static final int FLAGS = WinCrypt.CRYPTPROTECT_LOCAL_MACHINE | WinCrypt.CRYPTPROTECT_UI_FORBIDDEN;

	@Override
	public byte[] protect(byte[] value) {
		return Crypt32Util.cryptProtectData(value, null, FLAGS, "service secret", null);
	}

	@Override
	public byte[] unprotect(byte[] protectedValue) {
		return Crypt32Util.cryptUnprotectData(protectedValue, null, FLAGS, null);
	}

}
