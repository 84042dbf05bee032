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

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security descriptors read from their SDDL form: as Windows writes them for a folder
 * made in the root of the system drive, as Wine reports them, and the one the starter
 * sets; and the SID Windows derives from a service's name.
 */
class SecurityDescriptorTests {

	private static final Set<String> TRUSTED = Set.of(SecurityDescriptor.SYSTEM, SecurityDescriptor.ADMINISTRATORS,
			SecurityDescriptor.TRUSTED_INSTALLER);

	@Test
	void aFolderInTheRootOfTheSystemDriveLetsAuthenticatedUsersChangeIt() {
		// C:\apps as made by an administrator: inherited from C:\, Authenticated Users
		// Modify.
		SecurityDescriptor apps = SecurityDescriptor.parse("O:BAG:DUD:AI(A;ID;FA;;;BA)(A;OICIIOID;GA;;;BA)"
				+ "(A;ID;FA;;;SY)(A;OICIIOID;GA;;;SY)(A;OICIID;0x1200a9;;;BU)(A;ID;0x1301bf;;;AU)(A;OICIIOID;SDGXGWGR;;;AU)");
		assertThat(apps.owner()).isEqualTo(SecurityDescriptor.ADMINISTRATORS);
		assertThat(apps.untrustedHolders(SecurityDescriptor.WRITE_RIGHTS, TRUSTED)).containsExactly("S-1-5-11");
	}

	@Test
	void programFilesKeepsEveryoneButTheSystemAndTheAdministratorsOut() {
		SecurityDescriptor programFiles = SecurityDescriptor.parse("O:S-1-5-80-956008885-3418522649-1831038044-"
				+ "1853292631-2271478464G:S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464"
				+ "D:PAI(A;;FA;;;S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464)"
				+ "(A;CIIO;GA;;;S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464)(A;;0x1301bf;;;SY)"
				+ "(A;OICIIO;GA;;;SY)(A;;0x1301bf;;;BA)(A;OICIIO;GA;;;BA)(A;;0x1200a9;;;BU)(A;OICIIO;GXGR;;;BU)"
				+ "(A;OICIIO;GA;;;CO)(A;;0x1200a9;;;AC)(A;OICIIO;GXGR;;;AC)");
		assertThat(programFiles.untrustedHolders(SecurityDescriptor.WRITE_RIGHTS, TRUSTED)).isEmpty();
	}

	@Test
	void theRootOfTheSystemDriveLetsUsersAddFoldersButReplaceNothing() {
		SecurityDescriptor root = SecurityDescriptor.parse("O:S-1-5-80-956008885-3418522649-1831038044-1853292631-"
				+ "2271478464D:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)(A;OICIIO;SDGXGWGR;;;AU)(A;;LC;;;AU)");
		assertThat(root.untrustedHolders(SecurityDescriptor.REPLACE_RIGHTS, TRUSTED)).isEmpty();
		assertThat(root.untrustedHolders(SecurityDescriptor.WRITE_RIGHTS, TRUSTED)).containsExactly("S-1-5-11");
	}

	@Test
	void whatWineReportsOfADirectoryEveryUnixUserCanWrite() {
		// Wine maps Unix modes to an ACL: mode 0777 gives Everyone (WD) modify.
		SecurityDescriptor wine = SecurityDescriptor
			.parse("O:S-1-5-21-0-0-0-1000D:(A;OICI;FA;;;SY)(A;OICI;FA;;;S-1-5-21-0-0-0-1000)(A;OICI;0x1301ff;;;WD)");
		assertThat(wine.owner()).isEqualTo("S-1-5-21-0-0-0-1000");
		assertThat(wine.entries()).hasSize(3);
		assertThat(wine.untrustedHolders(SecurityDescriptor.WRITE_RIGHTS, TRUSTED))
			.containsExactly("S-1-5-21-0-0-0-1000 (owner)", "S-1-5-21-0-0-0-1000", "S-1-1-0");
	}

	@Test
	void theServiceDirectoryIsOwnedByTheAdministratorsAndReachedByTheServiceAlone() {
		String sid = ServiceSid.of("app");
		SecurityDescriptor directory = SecurityDescriptor.parse(SecurityDescriptor.serviceDirectory(sid));
		assertThat(directory.owner()).isEqualTo(SecurityDescriptor.ADMINISTRATORS);
		assertThat(directory.entries()).extracting(SecurityDescriptor.Entry::sid)
			.containsExactly(SecurityDescriptor.SYSTEM, SecurityDescriptor.ADMINISTRATORS, sid);
		assertThat(directory.untrustedHolders(SecurityDescriptor.WRITE_RIGHTS, TRUSTED)).containsExactly(sid);
	}

	@Test
	void theServiceSidIsDerivedFromTheNameAsWindowsDoes() {
		// sc showsid TrustedInstaller, and the SID of Windows' own files.
		assertThat(ServiceSid.of("TrustedInstaller")).isEqualTo(SecurityDescriptor.TRUSTED_INSTALLER);
		assertThat(ServiceSid.of("trustedinstaller")).isEqualTo(SecurityDescriptor.TRUSTED_INSTALLER);
		assertThat(List.of(ServiceSid.of("app").split("-"))).hasSize(9).startsWith("S", "1", "5", "80");
	}

}
