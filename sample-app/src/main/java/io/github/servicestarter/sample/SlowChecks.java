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

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A health indicator and an application runner that take as long as
 * {@code sample.health-delay} and {@code sample.runner-delay} say, the way a health check
 * against a slow database or a cache warm-up in a runner does, and a start-up that never
 * finishes.
 *
 * @author Service Starter contributors
 */
@Configuration(proxyBeanMethods = false)
class SlowChecks {

	@Bean
	HealthIndicator sampleHealthIndicator(SampleProperties properties) {
		return () -> {
			pause(properties.getHealthDelay());
			return Health.up().build();
		};
	}

	@Bean
	ApplicationRunner sampleWarmUpRunner(SampleProperties properties) {
		return (arguments) -> pause(properties.getRunnerDelay());
	}

	/**
	 * A start-up that hangs in the context refresh, the way one waiting on an unreachable
	 * database without a timeout does ({@code sample.startup-hang=true}).
	 */
	@Bean
	@ConditionalOnBooleanProperty("sample.startup-hang")
	Object sampleHungStartup() throws InterruptedException {
		new CountDownLatch(1).await();
		return new Object();
	}

	/**
	 * A stop that hangs, the way a destroy method waiting for an executor without a
	 * timeout does ({@code sample.shutdown-hang=true}).
	 */
	@Bean(destroyMethod = "countDown")
	@ConditionalOnBooleanProperty("sample.shutdown-hang")
	HungShutdown sampleHungShutdown() {
		return new HungShutdown();
	}

	private static void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A bean whose destroy method never returns.
	 */
	static final class HungShutdown {

		private final CountDownLatch never = new CountDownLatch(1);

		void countDown() throws InterruptedException {
			this.never.await();
		}

	}

}
