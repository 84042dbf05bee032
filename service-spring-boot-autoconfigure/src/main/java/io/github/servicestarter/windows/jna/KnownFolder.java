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
