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
