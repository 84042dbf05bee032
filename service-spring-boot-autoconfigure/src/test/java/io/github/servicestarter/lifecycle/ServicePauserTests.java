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

package io.github.servicestarter.lifecycle;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.servicestarter.testsupport.RecordingServiceNotifier;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServicePauser}.
 */
class ServicePauserTests {

	private final RecordingServiceNotifier notifier = new RecordingServiceNotifier();

	private final List<Object> availability = new CopyOnWriteArrayList<>();

	private final Work scheduler = new Work(true);

	private final Work webServer = new Work(false);

	@Test
	void aPauseStopsThePauseableWorkRefusesTrafficAndReportsPausedAndContinueUndoesIt() {
		try (StaticApplicationContext context = context(new StaticApplicationContext())) {
			ServicePauser pauser = new ServicePauser(context, this.notifier);
			pauser.pause("PAUSE");
			assertThat(this.scheduler.isRunning()).isFalse();
			assertThat(this.webServer.isRunning()).as("not pauseable, as Spring Boot's web server").isTrue();
			assertThat(this.availability).containsExactly("REFUSING_TRAFFIC");
			assertThat(this.notifier.calls()).singleElement()
				.asString()
				.matches("paused: Paused in \\d+ ms \\(PAUSE\\)");
			pauser.resume("CONTINUE");
			assertThat(this.scheduler.isRunning()).isTrue();
			assertThat(this.availability).containsExactly("REFUSING_TRAFFIC", "ACCEPTING_TRAFFIC");
			assertThat(this.notifier.calls()).last().asString().matches("ready: Continued in \\d+ ms \\(CONTINUE\\)");
		}
	}

	@Test
	void aPauseThatFailsStartsAgainWhatItStoppedAndReportsTheServiceRunning() {
		StaticApplicationContext failing = new StaticApplicationContext() {

			@Override
			public void pause() {
				super.pause();
				throw new IllegalStateException("listener container stuck");
			}

		};
		try (StaticApplicationContext context = context(failing)) {
			new ServicePauser(context, this.notifier).pause("PAUSE");
			assertThat(this.scheduler.isRunning()).isTrue();
			assertThat(this.availability).containsExactly("REFUSING_TRAFFIC", "ACCEPTING_TRAFFIC");
			assertThat(this.notifier.calls()).containsExactly("ready: Pause failed: listener container stuck");
		}
	}

	private StaticApplicationContext context(StaticApplicationContext context) {
		context.getBeanFactory().registerSingleton("scheduler", this.scheduler);
		context.getBeanFactory().registerSingleton("webServer", this.webServer);
		context.addApplicationListener(
				(AvailabilityChangeEvent<?> event) -> this.availability.add(event.getState().toString()));
		context.refresh();
		return context;
	}

	static final class Work implements SmartLifecycle {

		private final boolean pauseable;

		private volatile boolean running;

		Work(boolean pauseable) {
			this.pauseable = pauseable;
		}

		@Override
		public void start() {
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public boolean isPauseable() {
			return this.pauseable;
		}

	}

}
