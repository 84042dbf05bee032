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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationListener;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceReloader}.
 */
class ServiceReloaderTests {

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier();

	private final List<String> order = new CopyOnWriteArrayList<>();

	@Test
	void reloadingThenListenersThenReady() {
		try (StaticApplicationContext context = context(
				(event) -> this.order.add("listener saw " + this.notifier.calls() + " for " + event.getTrigger()))) {
			assertThat(new ServiceReloader(context, this.notifier).reload("SIGHUP")).isTrue();
		}
		assertThat(this.order).containsExactly("listener saw [reloading: Reloading (SIGHUP)] for SIGHUP");
		assertThat(this.notifier.calls()).hasSize(2).last().asString().matches("ready: Reloaded in \\d+ ms");
	}

	@Test
	void failedListenerStillEndsTheReload() {
		try (StaticApplicationContext context = context((event) -> {
			throw new IllegalStateException("certificate unreadable");
		})) {
			assertThat(new ServiceReloader(context, this.notifier).reload("test")).isFalse();
		}
		assertThat(this.notifier.calls()).containsExactly("reloading: Reloading (test)",
				"reload failed: Reload failed: certificate unreadable");
	}

	private static StaticApplicationContext context(ApplicationListener<ServiceReloadEvent> listener) {
		StaticApplicationContext context = new StaticApplicationContext();
		context.addApplicationListener(listener);
		context.refresh();
		return context;
	}

}
