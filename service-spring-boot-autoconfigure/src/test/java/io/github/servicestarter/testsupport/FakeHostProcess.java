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

package io.github.servicestarter.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.servicestarter.manager.HostProcess;
import org.jspecify.annotations.Nullable;

/**
 * Host process with made-up environment, pid, parent and cgroup.
 */
public final class FakeHostProcess implements HostProcess {

	private final Map<String, String> environment = new HashMap<>();

	private long pid = 4242;

	private @Nullable String parentName = "bash";

	private @Nullable String cgroup = "/user.slice/user-1000.slice/session-1.scope";

	public FakeHostProcess env(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	public FakeHostProcess pid(long pid) {
		this.pid = pid;
		return this;
	}

	public FakeHostProcess parent(@Nullable String parentName) {
		this.parentName = parentName;
		return this;
	}

	public FakeHostProcess cgroup(@Nullable String cgroup) {
		this.cgroup = cgroup;
		return this;
	}

	/**
	 * A process systemd started as the given service: parent {@code systemd}, in the
	 * service's cgroup.
	 * @param unit the unit name
	 * @return this process
	 */
	public FakeHostProcess systemdService(String unit) {
		return parent("systemd").cgroup("/system.slice/" + unit);
	}

	@Override
	public Optional<String> cgroup() {
		return Optional.ofNullable(this.cgroup);
	}

	@Override
	public @Nullable String getenv(String name) {
		return this.environment.get(name);
	}

	@Override
	public long pid() {
		return this.pid;
	}

	@Override
	public Optional<String> parentName() {
		return Optional.ofNullable(this.parentName);
	}

}
