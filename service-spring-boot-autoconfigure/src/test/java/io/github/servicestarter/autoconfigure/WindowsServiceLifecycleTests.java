package io.github.servicestarter.autoconfigure;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit hook's wait for Spring Boot's shutdown hook: over when that hook has ended, not
 * over while it hangs (then the stop deadline, not the exit hook, reports how the stop
 * ended: a race between the two once reported STOPPED 0 for a hung stop under Wine).
 */
class WindowsServiceLifecycleTests {

	@Test
	void theOrderlyEndIsOverOnlyOnceSpringsShutdownHookHasEnded() throws Exception {
		assertThat(WindowsServiceLifecycle.awaitSpringShutdownHook(Duration.ofMillis(10))).as("no hook").isTrue();
		CountDownLatch release = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "SpringApplicationShutdownHook");
		hook.start();
		try {
			assertThat(WindowsServiceLifecycle.awaitSpringShutdownHook(Duration.ofMillis(50))).as("hanging").isFalse();
		}
		finally {
			release.countDown();
		}
		assertThat(WindowsServiceLifecycle.awaitSpringShutdownHook(Duration.ofSeconds(10))).as("ended").isTrue();
		assertThat(hook.isAlive()).isFalse();
	}

}
