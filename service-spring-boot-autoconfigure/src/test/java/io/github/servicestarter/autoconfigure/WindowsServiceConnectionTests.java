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

package io.github.servicestarter.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit hook's wait for Spring Boot's shutdown hook: over once that hook has closed
 * the contexts (it then runs its shutdown handlers, one of which counts the latch down),
 * not while a close hangs (then the stop deadline, not the exit hook, reports how the
 * stop ended). Looking for the hook's thread instead raced with the JVM starting it, and
 * once reported STOPPED 0 for a hung stop under Wine.
 */
class WindowsServiceConnectionTests {

	@Test
	void theOrderlyEndIsOverOnlyOnceSpringBootsHookHasClosedTheContexts() {
		CountDownLatch contextsClosed = new CountDownLatch(1);
		assertThat(WindowsServiceConnection.awaitContextsClosed(contextsClosed, Duration.ofMillis(50)))
			.as("still closing")
			.isFalse();
		contextsClosed.countDown();
		assertThat(WindowsServiceConnection.awaitContextsClosed(contextsClosed, Duration.ofSeconds(10))).as("closed")
			.isTrue();
	}

}
