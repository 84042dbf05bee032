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
