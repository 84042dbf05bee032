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

package io.github.servicestarter.resources;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProcessThreadCount}.
 */
class ProcessThreadCountTests {

	private final AtomicInteger fullCounts = new AtomicInteger();

	private final AtomicInteger osThreads = new AtomicInteger(40);

	private final AtomicInteger javaThreads = new AtomicInteger(25);

	private final AtomicLong now = new AtomicLong();

	private final ProcessThreadCount count = new ProcessThreadCount(() -> {
		this.fullCounts.incrementAndGet();
		return this.osThreads.get();
	}, this.javaThreads::get, this.now::get, Duration.ofMinutes(1));

	@Test
	void theFirstReadCountsEveryThread() {
		assertThat(this.count.getAsDouble()).isEqualTo(40);
		assertThat(this.fullCounts).hasValue(1);
	}

	@Test
	void inBetweenJavaThreadsAreFollowedWithoutAFullCount() {
		this.count.getAsDouble();
		this.javaThreads.set(30);
		this.osThreads.set(45);
		this.now.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(this.count.getAsDouble()).as("15 native threads from the full count, 30 Java threads now")
			.isEqualTo(45);
		this.javaThreads.set(20);
		assertThat(this.count.getAsDouble()).isEqualTo(35);
		assertThat(this.fullCounts).hasValue(1);
	}

	@Test
	void aFullCountIsTakenAgainOnceItIsOld() {
		this.count.getAsDouble();
		this.osThreads.set(52);
		this.now.addAndGet(Duration.ofMinutes(1).toNanos());
		assertThat(this.count.getAsDouble()).isEqualTo(52);
		assertThat(this.fullCounts).hasValue(2);
	}

	@Test
	void aFullCountThatFailsIsTriedAgainNextTime() {
		ProcessThreadCount failing = new ProcessThreadCount(() -> {
			this.fullCounts.incrementAndGet();
			return Double.NaN;
		}, this.javaThreads::get, this.now::get, Duration.ofMinutes(1));
		assertThat(failing.getAsDouble()).isNaN();
		assertThat(failing.getAsDouble()).isNaN();
		assertThat(this.fullCounts).hasValue(2);
	}

}
