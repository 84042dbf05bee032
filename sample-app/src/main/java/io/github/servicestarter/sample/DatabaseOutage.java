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
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for a database the application depends on: the {@code database} health
 * indicator, {@code DOWN} from {@code POST /database?up=false} until {@code POST
 * /database?up=true}. For demonstrating that a dependency's outage restarts nothing; a
 * real application must never let anonymous callers do that.
 *
 * @author Service Starter contributors
 */
@RestController
class DatabaseOutage implements HealthIndicator {

	private final AtomicBoolean up = new AtomicBoolean(true);

	@PostMapping("/database")
	Map<String, Boolean> database(@RequestParam boolean up) {
		this.up.set(up);
		return Map.of("up", up);
	}

	@Override
	public Health health() {
		return this.up.get() ? Health.up().build() : Health.down().withDetail("reason", "simulated outage").build();
	}

}
