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

package io.github.servicestarter.lifecycle;

/**
 * Where the service is in its life, as the service manager sees it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public enum ServiceState {

	/** Starting: the manager has not been told the service is ready yet. */
	STARTING,

	/** Ready and running. */
	RUNNING,

	/**
	 * Paused: the context's pauseable work stopped, the process and its web server run
	 * on.
	 */
	PAUSED,

	/** Stopping: the application context is closing. */
	STOPPING

}
