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

package io.github.servicestarter.cli;

/**
 * Exit codes of the {@code service:*} commands.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class CommandResult {

	/** Done; for {@code service:status}, the service is running. */
	public static final int OK = 0;

	/** The service manager refused or failed the action. */
	public static final int FAILED = 1;

	/** Invalid input: unknown command, invalid name, not run from a jar. */
	public static final int INVALID = 2;

	/** {@code service:status}: installed but not running. */
	public static final int NOT_RUNNING = 3;

	/** The service is not installed. */
	public static final int NOT_INSTALLED = 4;

	/**
	 * The service is already installed (and {@code service.install.force} is not set).
	 */
	public static final int ALREADY_INSTALLED = 5;

	/** Missing rights: a system install without root, or an unwritable unit directory. */
	public static final int NO_PERMISSION = 6;

	/**
	 * The name is taken by a unit, a service or a state directory the starter did not
	 * write, which it leaves alone.
	 */
	public static final int NOT_OURS = 7;

	/**
	 * Someone other than root (or the administrators) and the service's own user can
	 * change the code the service would run: the jar, a directory above it, its
	 * configuration or the JDK.
	 */
	public static final int WRITABLE_BY_OTHERS = 8;

	private CommandResult() {
	}

}
