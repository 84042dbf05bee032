/**
 * Watchdog keep-alive: one small daemon thread that pings the service manager at half its
 * timeout while a {@link io.github.servicestarter.watchdog.WatchdogGate} says the
 * application is well. Plain Java, no Spring.
 */
@NullMarked
package io.github.servicestarter.watchdog;

import org.jspecify.annotations.NullMarked;
