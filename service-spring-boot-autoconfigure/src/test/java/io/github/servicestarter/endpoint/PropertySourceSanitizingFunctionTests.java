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
