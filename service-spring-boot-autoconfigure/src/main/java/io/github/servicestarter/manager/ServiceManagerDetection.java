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

import java.util.Objects;

/**
 * Outcome of service manager detection: the manager and the rule that decided it, worded
 * for a person reading a log line or the service endpoint.
 *
 * @param manager the service manager the process runs under
 * @param rule the rule that decided, for example
 * {@code "SYSTEMD_EXEC_PID equals the process id"}
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ServiceManagerDetection(ServiceManager manager, String rule) {

	public ServiceManagerDetection {
		Objects.requireNonNull(manager, "manager must not be null");
		Objects.requireNonNull(rule, "rule must not be null");
	}

	/**
	 * Return a detection that found no service manager.
	 * @param rule why no manager applies
	 * @return the detection
	 */
	public static ServiceManagerDetection none(String rule) {
		return new ServiceManagerDetection(ServiceManager.NONE, rule);
	}

	/**
	 * Return whether the process runs under a service manager.
	 * @return {@code true} unless the manager is {@link ServiceManager#NONE}
	 */
	public boolean isManaged() {
		return this.manager != ServiceManager.NONE;
	}

	@Override
	public String toString() {
		return this.manager.name().toLowerCase(java.util.Locale.ROOT) + " (" + this.rule + ")";
	}

}
