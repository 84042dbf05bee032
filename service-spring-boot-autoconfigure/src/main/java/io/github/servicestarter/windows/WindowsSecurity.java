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

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Win32 security calls an install makes: who may do what with a file or directory,
 * and whether an account may run services. A seam: the real one calls
 * {@code advapi32.dll}, tests use a fake.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface WindowsSecurity {

	/**
	 * Read the owner and DACL of a file or directory ({@code GetNamedSecurityInfoW}).
	 * @param path the path
	 * @return its security descriptor, or empty when it does not exist or cannot be read
	 */
	Optional<SecurityDescriptor> read(Path path);

	/**
	 * Set the owner and a protected DACL ({@code SetFileSecurityW}).
	 * @param path the path
	 * @param sddl the security descriptor in SDDL form (see
	 * {@link SecurityDescriptor#serviceDirectory})
	 * @throws IOException if it cannot be set
	 */
	void write(Path path, String sddl) throws IOException;

	/**
	 * Return the SID of the user this process runs as.
	 * @return the SID, or empty when it cannot be told
	 */
	Optional<String> currentUser();

	/**
	 * Return who may own and change what a service runs besides the service itself:
	 * SYSTEM, the administrators, TrustedInstaller (which owns Windows' own files) and
	 * the administrator running the install.
	 * @return their SIDs
	 */
	default Set<String> administrators() {
		Set<String> trusted = new HashSet<>(Set.of(SecurityDescriptor.SYSTEM, SecurityDescriptor.ADMINISTRATORS,
				SecurityDescriptor.TRUSTED_INSTALLER));
		currentUser().ifPresent(trusted::add);
		return trusted;
	}

	/**
	 * Return whether an account holds the "Log on as a service" right
	 * ({@code SeServiceLogonRight}), without which the SCM cannot start a service as it
	 * (error 1069).
	 * @param account the account name ({@code DOMAIN\name}, {@code .\name}, {@code name})
	 * @return whether it holds the right, or empty when that cannot be told
	 */
	Optional<Boolean> canLogOnAsService(String account);

}
