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
