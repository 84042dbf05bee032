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
 * The health the watchdog follows besides the liveness state, read without waiting: a
 * health group of the application's, never its overall health.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface WatchdogHealth {

	/**
	 * Return the last known status, without waiting for a check.
	 * @return the status code, such as {@code UP}, {@code DOWN} or {@code UNKNOWN}
	 */
	String status();

	/**
	 * Return what the status is of, for messages.
	 * @return the description, such as {@code health group 'liveness'}
	 */
	default String description() {
		return "health";
	}

}
