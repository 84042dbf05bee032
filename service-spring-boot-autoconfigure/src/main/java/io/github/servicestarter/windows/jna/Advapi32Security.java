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

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import io.github.servicestarter.windows.SecurityDescriptor;
import io.github.servicestarter.windows.WindowsSecurity;
import org.jspecify.annotations.Nullable;

/**
 * {@link WindowsSecurity} through {@code advapi32.dll}: security descriptors in SDDL form
 * both ways, so that no ACL structure is walked by hand, and account rights through the
 * local security authority ({@code LsaEnumerateAccountRights}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Advapi32Security implements WindowsSecurity {

	private static final int SE_FILE_OBJECT = 1;

	private static final int OWNER_SECURITY_INFORMATION = 0x1;

	private static final int DACL_SECURITY_INFORMATION = 0x4;

	private static final int PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000;

	private static final int SDDL_REVISION_1 = 1;

	private static final int POLICY_LOOKUP_NAMES = 0x800;

	private static final int STATUS_OBJECT_NAME_NOT_FOUND = 0xC0000034;

	private static final String SERVICE_LOGON_RIGHT = "SeServiceLogonRight";

	private final Functions advapi32;

	public Advapi32Security() {
		this(Native.load("advapi32", Functions.class, W32APIOptions.UNICODE_OPTIONS));
	}

	Advapi32Security(Functions advapi32) {
		this.advapi32 = advapi32;
	}

	@Override
	public Optional<SecurityDescriptor> read(Path path) {
		PointerByReference descriptor = new PointerByReference();
		int error = this.advapi32.GetNamedSecurityInfoW(path.toString(), SE_FILE_OBJECT,
				OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, null, null, null, null, descriptor);
		if (error != 0) {
			return Optional.empty();
		}
		try {
			PointerByReference sddl = new PointerByReference();
			if (!this.advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(descriptor.getValue(),
					SDDL_REVISION_1, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, sddl, null)) {
				return Optional.empty();
			}
			try {
				return Optional.of(SecurityDescriptor.parse(sddl.getValue().getWideString(0)));
			}
			finally {
				Kernel32.INSTANCE.LocalFree(sddl.getValue());
			}
		}
		finally {
			Kernel32.INSTANCE.LocalFree(descriptor.getValue());
		}
	}

	@Override
	public void write(Path path, String sddl) throws IOException {
		PointerByReference descriptor = new PointerByReference();
		if (!this.advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, descriptor,
				null)) {
			throw new IOException(
					"ConvertStringSecurityDescriptorToSecurityDescriptorW failed with error " + Native.getLastError());
		}
		try {
			if (!this.advapi32.SetFileSecurityW(path.toString(),
					OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
					descriptor.getValue())) {
				throw new IOException("SetFileSecurityW(" + path + ") failed with error " + Native.getLastError());
			}
		}
		finally {
			Kernel32.INSTANCE.LocalFree(descriptor.getValue());
		}
	}

	@Override
	public Optional<String> currentUser() {
		try {
			return Optional.of(Advapi32Util.getAccountByName(System.getProperty("user.name")).sidString);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<Boolean> canLogOnAsService(String account) {
		byte[] sid;
		try {
			sid = Advapi32Util.getAccountByName(account).sid;
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
		PointerByReference policy = new PointerByReference();
		// LSA_OBJECT_ATTRIBUTES, all zero, as LsaOpenPolicy wants it.
		Memory attributes = new Memory(Native.POINTER_SIZE * 6L);
		attributes.clear();
		if (this.advapi32.LsaOpenPolicy(null, attributes, POLICY_LOOKUP_NAMES, policy) != 0) {
			return Optional.empty();
		}
		try {
			Memory accountSid = new Memory(sid.length);
			accountSid.write(0, sid, 0, sid.length);
			PointerByReference rights = new PointerByReference();
			IntByReference count = new IntByReference();
			int status = this.advapi32.LsaEnumerateAccountRights(policy.getValue(), accountSid, rights, count);
			if (status == STATUS_OBJECT_NAME_NOT_FOUND) {
				return Optional.of(false);
			}
			if (status != 0) {
				return Optional.empty();
			}
			try {
				return Optional.of(holds(rights.getValue(), count.getValue(), SERVICE_LOGON_RIGHT));
			}
			finally {
				this.advapi32.LsaFreeMemory(rights.getValue());
			}
		}
		finally {
			this.advapi32.LsaClose(policy.getValue());
		}
	}

	/**
	 * Whether an array of {@code LSA_UNICODE_STRING} (two USHORT lengths in bytes, then
	 * the buffer pointer, aligned) holds the right.
	 */
	private static boolean holds(Pointer rights, int count, String right) {
		int size = Native.POINTER_SIZE * 2;
		for (int i = 0; i < count; i++) {
			int length = Short.toUnsignedInt(rights.getShort((long) i * size));
			Pointer buffer = rights.getPointer((long) i * size + Native.POINTER_SIZE);
			if (buffer != null && right.equals(new String(buffer.getCharArray(0, length / 2)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The functions, with Microsoft's names and signatures.
	 */
	interface Functions extends StdCallLibrary {

		int GetNamedSecurityInfoW(String objectName, int objectType, int securityInfo,
				@Nullable PointerByReference owner, @Nullable PointerByReference group,
				@Nullable PointerByReference dacl, @Nullable PointerByReference sacl,
				PointerByReference securityDescriptor);

		boolean ConvertSecurityDescriptorToStringSecurityDescriptorW(Pointer securityDescriptor, int revision,
				int securityInformation, PointerByReference stringSecurityDescriptor, @Nullable Pointer length);

		boolean ConvertStringSecurityDescriptorToSecurityDescriptorW(String stringSecurityDescriptor, int revision,
				PointerByReference securityDescriptor, @Nullable Pointer length);

		boolean SetFileSecurityW(String fileName, int securityInformation, Pointer securityDescriptor);

		int LsaOpenPolicy(@Nullable Pointer systemName, Pointer objectAttributes, int desiredAccess,
				PointerByReference policyHandle);

		int LsaEnumerateAccountRights(Pointer policyHandle, Pointer accountSid, PointerByReference userRights,
				IntByReference countOfRights);

		int LsaFreeMemory(Pointer buffer);

		int LsaClose(Pointer policyHandle);

	}

}
