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

package io.github.servicestarter.windows;

/**
 * Encrypts a service's secrets for the machine (DPAPI, {@code CryptProtectData} with
 * {@code CRYPTPROTECT_LOCAL_MACHINE}): any process of the machine that can read the
 * encrypted file can decrypt it, so the file's ACL (SYSTEM, the administrators, the
 * service's SID) is what keeps it the service's.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface SecretProtection {

	/**
	 * Encrypt.
	 * @param value the value
	 * @return the encrypted value
	 */
	byte[] protect(byte[] value);

	/**
	 * Decrypt.
	 * @param protectedValue the encrypted value
	 * @return the value
	 */
	byte[] unprotect(byte[] protectedValue);

}
