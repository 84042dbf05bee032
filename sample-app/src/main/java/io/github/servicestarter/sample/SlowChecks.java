package io.github.servicestarter.sample;

import java.time.Duration;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A health indicator and an application runner that take as long as {@code sample.health-delay}
 * and {@code sample.runner-delay} say, the way a health check against a slow database or a
 * cache warm-up in a runner does.
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

}
