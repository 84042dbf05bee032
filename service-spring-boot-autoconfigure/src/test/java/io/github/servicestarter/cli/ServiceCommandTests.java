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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ServiceCommand}.
 */
class ServiceCommandTests {

	@Test
	void findsTheCommandAmongArguments() {
		assertThat(ServiceCommand.find(new String[] { "--server.port=1", "service:install" }))
			.hasValue(ServiceCommand.INSTALL);
		assertThat(ServiceCommand.find(new String[] { "service:unit" })).hasValue(ServiceCommand.UNIT);
	}

	@Test
	void noCommandIsAnOrdinaryRun() {
		assertThat(ServiceCommand.find(new String[] { "--server.port=1" })).isEmpty();
	}

	@Test
	void unknownCommandListsTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceCommand.find(new String[] { "service:instal" }))
			.withMessageContaining("Unknown command 'service:instal'")
			.withMessageContaining("service:install");
	}

}
