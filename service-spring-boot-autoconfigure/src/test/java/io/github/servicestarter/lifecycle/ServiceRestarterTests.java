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
import java.util.concurrent.atomic.AtomicInteger;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ServiceRestarter}.
 */
class ServiceRestarterTests {

	@Test
	void closesTheContextThenExitsWithTheRestartCodeOnce() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		AtomicInteger exitCode = new AtomicInteger(-1);
		RecordingServiceNotifier notifier = new RecordingServiceNotifier();
		ServiceRestarter restarter = new ServiceRestarter(context, notifier, exitCode::set);
		assertThat(restarter.requestRestart("test")).isTrue();
		assertThat(restarter.requestRestart("again")).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> exitCode.get() == ServiceRestarter.RESTART_EXIT_CODE);
		assertThat(context.isActive()).isFalse();
		assertThat(notifier.calls()).containsExactly("exit code 75");
	}

}
