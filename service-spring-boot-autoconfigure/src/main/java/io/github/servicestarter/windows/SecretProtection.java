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
