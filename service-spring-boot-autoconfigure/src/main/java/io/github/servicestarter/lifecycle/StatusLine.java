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

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The status line the service manager shows while the service runs: what the service is
 * doing ("Started in 3.2 s", "Refusing traffic", "Paused", ...) and, once health has
 * answered, its status.
 *
 * @author Service Starter contributors
 */
final class StatusLine {

	private final @Nullable HealthMonitor health;

	private String state = "";

	/**
	 * Create a line.
	 * @param health the health monitor whose status ends the line, if any
	 */
	StatusLine(@Nullable HealthMonitor health) {
		this.health = health;
	}

	/**
	 * The service is ready, this long after the process started.
	 * @param uptime the time since the process started
	 * @return the line
	 */
	String started(Duration uptime) {
		return set("Started in " + String.format(Locale.ROOT, "%.1f s", uptime.toMillis() / 1000.0));
	}

	/**
	 * Say what the service is doing now.
	 * @param state what it is doing
	 * @return the line
	 */
	String set(String state) {
		this.state = state;
		return text();
	}

	/**
	 * Return the line: what the service is doing, and its health once known.
	 * @return the line
	 */
	String text() {
		HealthMonitor health = this.health;
		return this.state + ((health != null) ? health.status().map((status) -> ", health " + status).orElse("") : "");
	}

}
