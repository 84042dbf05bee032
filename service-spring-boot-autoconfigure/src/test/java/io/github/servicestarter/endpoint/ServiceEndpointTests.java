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

package io.github.servicestarter.endpoint;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

import io.github.servicestarter.endpoint.ServiceEndpoint.ServiceDescriptor;
import io.github.servicestarter.lifecycle.ServiceStateNotifications;
import io.github.servicestarter.lifecycle.ShutdownProgress;
import io.github.servicestarter.lifecycle.StartupProgress;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceNotifier;
import io.github.servicestarter.restarts.RestartAccounting;
import io.github.servicestarter.restarts.RestartJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceEndpoint}.
 */
class ServiceEndpointTests {

	@TempDir
	Path directory;

	private final GenericApplicationContext context = new GenericApplicationContext();

	@Test
	void describesTheServiceWithoutEnvironmentOrCommandLine() {
		RestartJournal journal = RestartJournal.open(this.directory, 1, Clock.systemUTC());
		ServiceEndpoint endpoint = new ServiceEndpoint(
				new ServiceManagerDetection(ServiceManager.SYSTEMD, "SYSTEMD_EXEC_PID equals the process id 1"),
				new ServiceIdentity("app", "app.service", Path.of("/var/lib", "app")),
				new ServiceStateNotifications(this.context, ServiceNotifier.NONE, StartupProgress.unreported(), null,
						null, new ShutdownProgress(ServiceNotifier.NONE, Duration.ZERO, Duration.ZERO)),
				new RestartAccounting(journal, () -> OptionalLong.of(4)), null, null);
		ServiceDescriptor service = endpoint.service();
		assertThat(service.manager()).isEqualTo("systemd");
		assertThat(service.detectedBy()).isEqualTo("SYSTEMD_EXEC_PID equals the process id 1");
		assertThat(service.name()).isEqualTo("app");
		assertThat(service.unit()).isEqualTo("app.service");
		assertThat(service.pid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(service.state()).isEqualTo("starting");
		assertThat(service.startedAt()).isNotNull();
		assertThat(service.readyAt()).isNull();
		assertThat(service.restarts())
			.isEqualTo(new ServiceEndpoint.RestartsDescriptor(4, "systemd", 1, 0, null, null, true));
		assertThat(service.watchdog().enabled()).isFalse();
		assertThat(service.toString()).doesNotContain(System.getProperty("java.class.path"))
			.doesNotContain(String.valueOf(System.getenv("PATH")));
		journal.recordCleanStop("test");
	}

}
