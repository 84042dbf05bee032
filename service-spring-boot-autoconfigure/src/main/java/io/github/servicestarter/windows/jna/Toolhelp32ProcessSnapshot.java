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

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Tlhelp32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import io.github.servicestarter.windows.ProcessSnapshot;

/**
 * {@link ProcessSnapshot} from a Toolhelp32 snapshot of the processes
 * ({@code CreateToolhelp32Snapshot}), which gives every process's parent id and image
 * name and opens none of them, as Go's {@code svc.IsWindowsService} and .NET's
 * {@code WindowsServiceHelpers} do.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Toolhelp32ProcessSnapshot implements ProcessSnapshot {

	@Override
	public Optional<String> parentImage(long pid) {
		Map<Long, Long> parents = new HashMap<>();
		Map<Long, String> images = new HashMap<>();
		eachProcess((entry) -> {
			long id = entry.th32ProcessID.longValue();
			parents.put(id, entry.th32ParentProcessID.longValue());
			images.put(id, Native.toString(entry.szExeFile));
			return true;
		});
		return Optional.ofNullable(parents.get(pid)).map(images::get);
	}

	/**
	 * Visit the entries of a Toolhelp snapshot of every process, the one way Windows
	 * lists them (none when Windows takes no snapshot).
	 * @param visitor given each entry; returns whether to go on
	 */
	static void eachProcess(Predicate<Tlhelp32.PROCESSENTRY32> visitor) {
		WinNT.HANDLE snapshot = Kernel32.INSTANCE.CreateToolhelp32Snapshot(Tlhelp32.TH32CS_SNAPPROCESS,
				new WinDef.DWORD(0));
		if (WinNT.INVALID_HANDLE_VALUE.equals(snapshot)) {
			return;
		}
		try {
			Tlhelp32.PROCESSENTRY32.ByReference entry = new Tlhelp32.PROCESSENTRY32.ByReference();
			for (boolean more = Kernel32.INSTANCE.Process32First(snapshot, entry); more && visitor.test(entry);) {
				more = Kernel32.INSTANCE.Process32Next(snapshot, entry);
			}
		}
		finally {
			Kernel32.INSTANCE.CloseHandle(snapshot);
		}
	}

}
