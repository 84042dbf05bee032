package io.github.servicestarter.autoconfigure;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Reads a setting that is needed before the settings are validated (to connect to the
 * service manager in time): an invalid value gives the fallback here, and fails the start
 * later, with its analysis, when the properties are bound for real.
 *
 * @author Service Starter contributors
 */
final class LenientBinding {

	private LenientBinding() {
	}

	static <T> T bind(Binder binder, String name, Class<T> type, T fallback) {
		try {
			return binder.bind(name, type).orElse(fallback);
		}
		catch (BindException ex) {
			return fallback;
		}
	}

}
