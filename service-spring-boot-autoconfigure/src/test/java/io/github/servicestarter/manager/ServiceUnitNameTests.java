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
