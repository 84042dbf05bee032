package io.github.servicestarter.windows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Win32 calls that read and set who may do what with a file or directory, as a seam:
 * the real one calls {@code advapi32.dll}, tests use a fake.
 *
 * @author Service Starter contributors
 */
public interface FileSecurity {

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

}
