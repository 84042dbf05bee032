package io.github.servicestarter.autoconfigure;

import java.util.Optional;

import io.github.servicestarter.manager.ServiceManagerSelection;

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

	/**
	 * Read which service manager to detect, as everything that detects before the context
	 * does: {@code service.manager} ({@code auto} when unset or invalid), or nothing when
	 * {@code service.enabled} switches the starter off.
	 * @param binder the binder of the settings
	 * @return the selection, empty when the starter is off
	 */
	static Optional<ServiceManagerSelection> managerSelection(Binder binder) {
		if (!bind(binder, "service.enabled", Boolean.class, true)) {
			return Optional.empty();
		}
		return Optional
			.of(bind(binder, "service.manager", ServiceManagerSelection.class, ServiceManagerSelection.AUTO));
	}

}
