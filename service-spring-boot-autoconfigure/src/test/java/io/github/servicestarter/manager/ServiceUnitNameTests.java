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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceUnitName}.
 */
class ServiceUnitNameTests {

	@Test
	void aServiceNameAndItsUnitGoBothWays() {
		assertThat(ServiceUnitName.of("orders")).isEqualTo("orders.service");
		assertThat(ServiceUnitName.dropInDirectory("orders")).isEqualTo("orders.service.d");
		assertThat(ServiceUnitName.serviceName("orders.service")).isEqualTo("orders");
		assertThat(ServiceUnitName.serviceName("app@1.service")).isEqualTo("app@1");
	}

	@Test
	void otherUnitsAreNoServices() {
		assertThat(ServiceUnitName.isService("session-2.scope")).isFalse();
		assertThat(ServiceUnitName.isService("orders.socket")).isFalse();
		assertThat(ServiceUnitName.isService(".service")).isFalse();
		assertThat(ServiceUnitName.serviceName("user.slice")).isNull();
		assertThat(ServiceUnitName.serviceName("orders.service.d")).isNull();
	}

}
