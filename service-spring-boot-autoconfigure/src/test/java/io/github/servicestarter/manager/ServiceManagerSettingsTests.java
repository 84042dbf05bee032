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

package io.github.servicestarter.manager;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceManagerSettings}: the words Spring Boot's conversion accepts,
 * read the same way, and an invalid value read as its default.
 */
class ServiceManagerSettingsTests {

	@Test
	void unsetTheStarterIsOnAndDetects() {
		assertThat(read(Map.of())).isEqualTo(new ServiceManagerSettings(true, ServiceManagerSelection.AUTO));
	}

	@Test
	void springBootsFalseWordsTurnTheStarterOff() {
		for (String off : new String[] { "false", "FALSE", " off ", "no", "0" }) {
			assertThat(read(Map.of("service.enabled", off)).enabled()).as(off).isFalse();
		}
		for (String on : new String[] { "true", "on", "yes", "1", "maybe", "" }) {
			assertThat(read(Map.of("service.enabled", on)).enabled()).as(on).isTrue();
		}
	}

	@Test
	void theSelectionIgnoresCaseAndSeparatorsAsSpringBootsEnumConversionDoes() {
		assertThat(read(Map.of("service.manager", "systemd")).selection()).isEqualTo(ServiceManagerSelection.SYSTEMD);
		assertThat(read(Map.of("service.manager", " Windows")).selection()).isEqualTo(ServiceManagerSelection.WINDOWS);
		assertThat(read(Map.of("service.manager", "NONE")).selection()).isEqualTo(ServiceManagerSelection.NONE);
		assertThat(read(Map.of("service.manager", "sys-temd")).selection()).isEqualTo(ServiceManagerSelection.SYSTEMD);
		assertThat(read(Map.of("service.manager", "systemd\n")).selection()).isEqualTo(ServiceManagerSelection.SYSTEMD);
	}

	@Test
	void anInvalidSelectionDetects() {
		for (String invalid : new String[] { "sometimes", "%WINDIR%", "système", "x".repeat(100_000) }) {
			assertThat(read(Map.of("service.manager", invalid)).selection()).isEqualTo(ServiceManagerSelection.AUTO);
		}
	}

	@Test
	void hostileValuesReadAsSpringBootsConversionReadsThemOrAsTheDefault() {
		ConversionService conversion = ApplicationConversionService.getSharedInstance();
		String[] hostile = { "windows\r", "windows\r\n", "$windows", "${service.manager}", "windows\\", "\\systemd",
				"sys\ntemd", "%systemd%", "nöne", "none\u0000", "x".repeat(100_000) + "none" };
		for (String value : hostile) {
			ServiceManagerSelection read = read(Map.of("service.manager", value)).selection();
			ServiceManagerSelection bound = converted(conversion, value, ServiceManagerSelection.class);
			assertThat(read).as(value).isEqualTo((bound != null) ? bound : ServiceManagerSelection.AUTO);
		}
		String[] hostileSwitches = { "off\r", "off\r\n", "$off", "off\\", "\\off", "o\nff", "%off%", "öff" };
		for (String value : hostileSwitches) {
			boolean read = read(Map.of("service.enabled", value)).enabled();
			Boolean bound = converted(conversion, value, Boolean.class);
			assertThat(read).as(value).isEqualTo((bound != null) ? bound : true);
		}
	}

	/** What the strict bind makes of a value, or {@code null} when it refuses it. */
	private static <T> @Nullable T converted(ConversionService conversion, String value, Class<T> type) {
		try {
			return conversion.convert(value, type);
		}
		catch (ConversionException ex) {
			return null;
		}
	}

	private static ServiceManagerSettings read(Map<String, String> properties) {
		return ServiceManagerSettings.read(properties::get);
	}

}
