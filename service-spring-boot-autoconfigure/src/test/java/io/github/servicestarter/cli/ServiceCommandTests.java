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
