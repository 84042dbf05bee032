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

package io.github.servicestarter.sample;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduled work that a pause stops ({@code sc pause}, {@code service:pause}): a beat
 * every 200 ms, and {@code GET /heartbeat} with the count and whether the scheduler runs.
 * {@code sample.heartbeat=false} leaves it out, and with it the scheduler's threads.
 *
 * @author Service Starter contributors
 */
@RestController
@EnableScheduling
@ConditionalOnBooleanProperty(name = "sample.heartbeat", matchIfMissing = true)
class Heartbeat {

	private final AtomicLong beats = new AtomicLong();

	private final ObjectProvider<ThreadPoolTaskScheduler> scheduler;

	Heartbeat(ObjectProvider<ThreadPoolTaskScheduler> scheduler) {
		this.scheduler = scheduler;
	}

	@Scheduled(fixedDelay = 200)
	void beat() {
		this.beats.incrementAndGet();
	}

	@GetMapping("/heartbeat")
	Map<String, Object> heartbeat() {
		ThreadPoolTaskScheduler scheduler = this.scheduler.getIfAvailable();
		return Map.of("beats", this.beats.get(), "schedulerRunning", scheduler != null && scheduler.isRunning());
	}

}
