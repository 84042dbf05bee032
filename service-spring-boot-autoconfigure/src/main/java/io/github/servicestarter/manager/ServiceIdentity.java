package io.github.servicestarter.manager;

import java.util.Objects;

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

	public ServiceIdentity {
		Objects.requireNonNull(name, "name must not be null");
	}

}
