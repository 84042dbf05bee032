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

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.servicestarter.manager.ServiceNotifier;
import org.jspecify.annotations.Nullable;

/**
 * Notifier fake that records each call as one line, e.g. {@code "ready: Started"}.
 */
public final class RecordingServiceNotifier implements ServiceNotifier {

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final @Nullable Duration watchdogTimeout;

	public RecordingServiceNotifier() {
		this(null);
	}

	public RecordingServiceNotifier(@Nullable Duration watchdogTimeout) {
		this.watchdogTimeout = watchdogTimeout;
	}

	public List<String> calls() {
		return List.copyOf(this.calls);
	}

	@Override
	public void progress(String status, Duration extension) {
		this.calls.add("progress: " + status + " +" + extension.toSeconds() + "s");
	}

	@Override
	public void ready(String status) {
		this.calls.add("ready: " + status);
	}

	@Override
	public void status(String status) {
		this.calls.add("status: " + status);
	}

	@Override
	public void stopping(String status) {
		this.calls.add("stopping: " + status);
	}

	@Override
	public void reloading(String status) {
		this.calls.add("reloading: " + status);
	}

	@Override
	public void reloadFailed(String status) {
		this.calls.add("reload failed: " + status);
	}

	@Override
	public void paused(String status) {
		this.calls.add("paused: " + status);
	}

	@Override
	public void failed(String status, int errno) {
		this.calls.add("failed: " + status + " (errno " + errno + ")");
	}

	@Override
	public void exitCode(int code) {
		this.calls.add("exit code " + code);
	}

	@Override
	public void stopped() {
		this.calls.add("stopped");
	}

	@Override
	public void watchdog() {
		this.calls.add("watchdog");
	}

	@Override
	public void watchdogTrigger() {
		this.calls.add("watchdog-trigger");
	}

	@Override
	public Optional<Duration> watchdogTimeout() {
		return Optional.ofNullable(this.watchdogTimeout);
	}

}
