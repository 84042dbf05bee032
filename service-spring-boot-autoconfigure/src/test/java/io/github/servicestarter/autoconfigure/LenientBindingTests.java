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

package io.github.servicestarter.autoconfigure;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LenientBinding}: an invalid value is left at its default and costs no
 * other setting.
 */
class LenientBindingTests {

	@Test
	void anInvalidValueLeavesItsGroupAtItsDefaultsAndCostsNoOtherGroup() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("service.startup.progress-timeout", "0s", "service.startup.timeout", "5m",
						"service.windows.pause.enabled", "false", "service.windows.stop-timeout", "2m")));
		ServiceProperties.Startup defaults = new ServiceProperties.Startup();
		ServiceProperties.Startup startup = LenientBinding.startup(binder);
		assertThat(startup.getProgressTimeout()).isEqualTo(defaults.getProgressTimeout());
		assertThat(startup.getTimeout()).isEqualTo(defaults.getTimeout());
		ServiceProperties.Windows windows = LenientBinding.bind(binder, "service.windows",
				ServiceProperties.Windows.class, new ServiceProperties.Windows());
		assertThat(windows.getPause().isEnabled()).isFalse();
		assertThat(windows.getStopTimeout()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void validValuesAreBound() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("service.startup.progress-timeout", "7s", "service.startup.timeout", "5m")));
		ServiceProperties.Startup startup = LenientBinding.startup(binder);
		assertThat(startup.getProgressTimeout()).isEqualTo(Duration.ofSeconds(7));
		assertThat(startup.getTimeout()).isEqualTo(Duration.ofMinutes(5));
	}

}
