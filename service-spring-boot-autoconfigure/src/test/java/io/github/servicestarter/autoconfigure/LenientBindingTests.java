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
