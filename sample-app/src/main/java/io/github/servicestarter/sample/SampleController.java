package io.github.servicestarter.sample;

import java.util.Map;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints the end-to-end tests drive. {@code POST /liveness/broken} is for demonstrating
 * the watchdog only: a real application must never let anonymous callers break it.
 *
 * @author Service Starter contributors
 */
@RestController
class SampleController {

	private final ApplicationEventPublisher publisher;

	SampleController(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@GetMapping("/slow")
	Map<String, Long> slow(@RequestParam(defaultValue = "1000") long ms) throws InterruptedException {
		Thread.sleep(ms);
		return Map.of("sleptMs", ms);
	}

	@PostMapping("/liveness/broken")
	Map<String, String> breakLiveness() {
		AvailabilityChangeEvent.publish(this.publisher, this, LivenessState.BROKEN);
		return Map.of("liveness", LivenessState.BROKEN.name());
	}

}
