package io.github.servicestarter.manager;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who the service is: its name (from {@code service.name}, the systemd unit, or
 * {@code spring.application.name}) and, under systemd, its unit.
 *
 * @param name the service name
 * @param unit the systemd unit, e.g. {@code app.service}, or {@code null}
 * @author Service Starter contributors
 */
public record ServiceIdentity(String name, @Nullable String unit) {

	private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,254}");

	public ServiceIdentity {
		Objects.requireNonNull(name, "name must not be null");
	}

	/**
	 * Work out the service's name, the same way everywhere it is needed: the configured
	 * {@code service.name}, else the systemd unit's name without {@code .service}, else
	 * {@code spring.application.name}, else {@code application}.
	 * @param configured the value of {@code service.name}, or {@code null}
	 * @param unit the systemd unit this process runs in, or {@code null}
	 * @param applicationName the value of {@code spring.application.name}, or {@code null}
	 * @return the identity
	 */
	public static ServiceIdentity resolve(@Nullable String configured, @Nullable String unit,
			@Nullable String applicationName) {
		String name = configured;
		if (name == null && unit != null) {
			name = unit.substring(0, unit.length() - ".service".length());
		}
		if (name == null) {
			name = (applicationName != null) ? applicationName : "application";
		}
		return new ServiceIdentity(name, unit);
	}

	/**
	 * Return whether a name can name a service on every manager (and its state directory):
	 * a letter or digit, then letters, digits and {@code . _ - @}.
	 * @param name the name
	 * @return whether it is valid
	 */
	public static boolean isValidName(String name) {
		return VALID_NAME.matcher(name).matches();
	}

}
