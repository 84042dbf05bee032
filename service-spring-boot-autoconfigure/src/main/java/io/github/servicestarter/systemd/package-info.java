/**
 * systemd integration without libsystemd: detection of a systemd launch, the
 * {@code sd_notify} datagram protocol, the watchdog settings systemd hands over in the
 * environment, the journal's native protocol and socket activation. Plain Java; the
 * native socket calls live in {@link io.github.servicestarter.systemd.libc}.
 */
@NullMarked
package io.github.servicestarter.systemd;

import org.jspecify.annotations.NullMarked;
