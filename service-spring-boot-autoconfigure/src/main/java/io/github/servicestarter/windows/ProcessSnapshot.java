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

import java.util.Optional;

/**
 * The system's process list, read without opening any process: on Windows 8.1 and later
 * {@code services.exe} is a protected process that nobody may open with the rights
 * {@link ProcessHandle#info()} uses, but the list still names it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProcessSnapshot {

	/**
	 * Return the image file name of a process's parent, as the process list has it.
	 * @param pid the process id
	 * @return the parent's image file name (e.g. {@code services.exe}), or empty when the
	 * process or its parent is not in the list
	 */
	Optional<String> parentImage(long pid);

}
