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

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PropertySourceSanitizingFunction}.
 */
class PropertySourceSanitizingFunctionTests {

	private final PropertySourceSanitizingFunction function = new PropertySourceSanitizingFunction("serviceSecrets");

	@Test
	void everyValueOfTheSecretsIsMaskedWhateverItsName() {
		MapPropertySource secrets = new MapPropertySource("serviceSecrets", Map.of("sample.greeting", "hunter2"));
		assertThat(this.function.apply(new SanitizableData(secrets, "sample.greeting", "hunter2")).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@Test
	void otherSourcesAreLeftToTheirOwnRules() {
		MapPropertySource other = new MapPropertySource("applicationConfig", Map.of("server.port", "8080"));
		assertThat(this.function.apply(new SanitizableData(other, "server.port", "8080")).getValue()).isEqualTo("8080");
		assertThat(this.function.apply(new SanitizableData(null, "server.port", "8080")).getValue()).isEqualTo("8080");
	}

}
