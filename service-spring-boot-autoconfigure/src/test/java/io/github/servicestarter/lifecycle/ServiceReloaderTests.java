package io.github.servicestarter.lifecycle;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationListener;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceReloader}.
 */
class ServiceReloaderTests {

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier();

	private final List<String> order = new CopyOnWriteArrayList<>();

	@Test
	void reloadingThenListenersThenReady() {
		try (StaticApplicationContext context = context((event) -> {
			this.order.add("listener saw " + this.notifier.calls() + " for " + event.getTrigger());
		})) {
			assertThat(new ServiceReloader(context, this.notifier).reload("SIGHUP")).isTrue();
		}
		assertThat(this.order).containsExactly("listener saw [reloading: Reloading (SIGHUP)] for SIGHUP");
		assertThat(this.notifier.calls()).hasSize(2).last().asString().matches("ready: Reloaded in \\d+ ms");
	}

	@Test
	void failedListenerStillEndsTheReload() {
		try (StaticApplicationContext context = context((event) -> {
			throw new IllegalStateException("certificate unreadable");
		})) {
			assertThat(new ServiceReloader(context, this.notifier).reload("test")).isFalse();
		}
		assertThat(this.notifier.calls()).containsExactly("reloading: Reloading (test)",
				"reload failed: Reload failed: certificate unreadable");
	}

	private static StaticApplicationContext context(ApplicationListener<ServiceReloadEvent> listener) {
		StaticApplicationContext context = new StaticApplicationContext();
		context.addApplicationListener(listener);
		context.refresh();
		return context;
	}

}
