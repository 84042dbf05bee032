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

package io.github.servicestarter.manager;

/**
 * How the service manager is chosen: detected, or forced by configuration.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum ServiceManagerSelection {

	/**
	 * Detect the manager from the process environment.
	 */
	AUTO,

	/**
	 * Behave as launched by systemd whatever detection says.
	 */
	SYSTEMD,

	/**
	 * Behave as launched by the Windows Service Control Manager whatever detection says.
	 */
	WINDOWS,

	/**
	 * Never integrate with a service manager.
	 */
	NONE

}
