package io.github.servicestarter.autoconfigure;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Reads settings that are needed before the settings are validated (to connect to the
 * service manager in time): an invalid value gives the default here, and fails the start
 * later, with its analysis, when the properties are bound for real.
 *
 * @author Service Starter contributors
 */
final class LenientBinding {

	private LenientBinding() {
	}

	/**
	 * Bind a setting, or a group of them as the nested type of {@link ServiceProperties}
	 * that holds them, whose setters check each value: an invalid value leaves the whole
	 * group at its defaults.
	 * @param <T> the type
	 * @param binder the binder of the settings
	 * @param name the setting's or the group's name
	 * @param type the type
	 * @param fallback the value when it is unset or invalid
	 * @return the value
	 */
	static <T> T bind(Binder binder, String name, Class<T> type, T fallback) {
		try {
			return binder.bind(name, type).orElse(fallback);
		}
		catch (BindException ex) {
			return fallback;
		}
	}

	/**
	 * Bind {@code service.startup.*}.
	 * @param binder the binder of the settings
	 * @return the start-up settings, all defaults when one of them is invalid
	 */
	static ServiceProperties.Startup startup(Binder binder) {
		return bind(binder, "service.startup", ServiceProperties.Startup.class, new ServiceProperties.Startup());
	}

}
