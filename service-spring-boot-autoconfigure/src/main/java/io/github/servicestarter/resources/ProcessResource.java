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

/**
 * A process resource a {@link ProcessResources} reader may be able to read.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum ProcessResource {

	/** Resident set size, in bytes. */
	RESIDENT_MEMORY,

	/** Virtual memory size, in bytes. */
	VIRTUAL_MEMORY,

	/** Memory limit imposed on the process (cgroup or job object), in bytes. */
	MEMORY_LIMIT,

	/** Operating-system threads of the process, native ones included. */
	THREADS,

	/** Bytes the process caused to be read from storage. */
	IO_READ,

	/** Bytes the process caused to be written to storage. */
	IO_WRITE,

	/** Open handles (Windows). */
	OPEN_HANDLES,

	/**
	 * Seconds in which some of the cgroup's tasks waited for a CPU (pressure stall
	 * information).
	 */
	CPU_PRESSURE_SOME,

	/** Seconds in which all of the cgroup's non-idle tasks waited for a CPU at once. */
	CPU_PRESSURE_FULL,

	/**
	 * Seconds in which some of the cgroup's tasks stalled on memory (reclaim, swap,
	 * refaults).
	 */
	MEMORY_PRESSURE_SOME,

	/** Seconds in which all of the cgroup's non-idle tasks stalled on memory at once. */
	MEMORY_PRESSURE_FULL,

	/** Seconds in which some of the cgroup's tasks waited for I/O. */
	IO_PRESSURE_SOME,

	/** Seconds in which all of the cgroup's non-idle tasks waited for I/O at once. */
	IO_PRESSURE_FULL

}
