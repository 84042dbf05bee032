package io.github.servicestarter.lifecycle;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ServiceRestarter}.
 */
class ServiceRestarterTests {

	@Test
	void closesTheContextThenExitsWithTheRestartCodeOnce() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		AtomicInteger exitCode = new AtomicInteger(-1);
		RecordingServiceNotifier notifier = new RecordingServiceNotifier();
		ServiceRestarter restarter = new ServiceRestarter(context, notifier, exitCode::set);
		assertThat(restarter.requestRestart("test")).isTrue();
		assertThat(restarter.requestRestart("again")).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> exitCode.get() == ServiceRestarter.RESTART_EXIT_CODE);
		assertThat(context.isActive()).isFalse();
		assertThat(notifier.calls()).containsExactly("exit code 75");
	}

}
