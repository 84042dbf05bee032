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

package io.github.servicestarter.cli;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Install settings that the service manager takes as unsigned numbers refuse what would
 * wrap: a negative delay would become a DWORD of about 49 days (Microsoft:
 * SC_ACTION.Delay and SERVICE_PRESHUTDOWN_INFO are DWORD milliseconds; Wine does not
 * check them).
 */
class InstallPropertiesTests {

	private final InstallProperties.Windows windows = new InstallProperties().getWindows();

	@Test
	void windowsDurationsAreRefusedOutsideADword() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.windows.setRestartDelays(List.of(Duration.ofSeconds(5), Duration.ofSeconds(-1))))
			.withMessageContaining("service.install.windows.restart-delays");
		assertThatIllegalArgumentException().isThrownBy(() -> this.windows.setFailureResetPeriod(Duration.ofDays(-1)))
			.withMessageContaining("service.install.windows.failure-reset-period");
		assertThatIllegalArgumentException().isThrownBy(() -> this.windows.setPreshutdownTimeout(Duration.ofDays(50)))
			.withMessageContaining("service.install.windows.preshutdown-timeout");
		assertThatNoException().isThrownBy(() -> this.windows.setPreshutdownTimeout(Duration.ofDays(49)));
		assertThatNoException().isThrownBy(() -> this.windows.setRestartDelays(List.of(Duration.ZERO)));
	}

	@Test
	void restartDelayIsNotNegative() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InstallProperties().setRestartDelay(Duration.ofSeconds(-5)))
			.withMessageContaining("service.install.restart-delay");
	}

}
