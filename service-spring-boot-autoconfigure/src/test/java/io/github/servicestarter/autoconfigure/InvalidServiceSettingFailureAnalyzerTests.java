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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link InvalidServiceSettingFailureAnalyzer}.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidServiceSettingFailureAnalyzerTests {

	@Test
	void aStartWithAnInvalidSettingSaysWhichAndWhatToDo(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--service.watchdog.health-grace=soon"));
		assertThat(output).contains("Invalid setting service.watchdog.health-grace=soon: ")
			.contains("Correct service.watchdog.health-grace")
			.contains("docs/configuration.md");
	}

	@Test
	void aSetterThatRefusesAValueIsExplainedWithItsOwnWords(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--service.name=my app"));
		assertThat(output).contains("Invalid setting service.name=my app: ").contains("Correct service.name");
	}

	@Test
	void otherBindFailuresAreLeftToSpringBoot(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--other.limit=soon"));
		assertThat(output).contains("Failed to bind properties under 'other.limit'").doesNotContain("Invalid setting");
	}

	private static void start(String... args) {
		SpringApplication application = new SpringApplication(Settings.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ServiceProperties.class)
	static class Settings {

		@Bean
		Duration otherLimit(Environment environment) {
			// A setting of the application's own, not the starter's.
			return Binder.get(environment).bind("other.limit", Duration.class).orElse(Duration.ZERO);
		}

	}

}
