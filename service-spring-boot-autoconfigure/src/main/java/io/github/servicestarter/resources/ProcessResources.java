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

package io.github.servicestarter.resources;

import java.util.Set;

/**
 * Reads resource usage of the current process. A read that fails returns
 * {@link Double#NaN} and never throws, so a metrics scrape can never fail because of it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface ProcessResources {

	/**
	 * Return the resources this reader can read on this machine, decided once, up front.
	 * @return the readable resources
	 */
	Set<ProcessResource> available();

	/**
	 * Read one resource now.
	 * @param resource the resource
	 * @return its value, or {@link Double#NaN} when it cannot be read
	 */
	double read(ProcessResource resource);

	/**
	 * Return the reader of Linux's {@code /proc} file system, or one that reads nothing
	 * where there is none.
	 * @return the reader
	 */
	static ProcessResources fromProcFileSystem() {
		return LinuxProcessResources.isSupported() ? new LinuxProcessResources() : NoProcessResources.INSTANCE;
	}

}
