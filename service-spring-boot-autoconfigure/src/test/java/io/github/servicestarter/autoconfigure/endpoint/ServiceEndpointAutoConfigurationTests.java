package io.github.servicestarter.autoconfigure.endpoint;

import io.github.servicestarter.autoconfigure.ServiceAutoConfiguration;
import io.github.servicestarter.endpoint.ServiceEndpoint;
import io.github.servicestarter.lifecycle.ServiceRestarter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				ServiceAutoConfiguration.class, ServiceEndpointAutoConfiguration.class))
		.withPropertyValues("service.manager=none");

	@Test
	void availableWhenExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=service")
			.run((context) -> {
				assertThat(context).hasSingleBean(ServiceEndpoint.class).hasSingleBean(ServiceRestarter.class);
				assertThat(context.getBean(ServiceEndpoint.class).service().manager()).isEqualTo("none");
				assertThat(context.getBean(ServiceEndpoint.class).service().restarts()).isNull();
			});
	}

	@Test
	void notAvailableUnlessExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ServiceEndpoint.class));
	}

}
