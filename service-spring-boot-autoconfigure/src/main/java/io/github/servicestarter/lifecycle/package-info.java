/**
 * Bridges Spring's application lifecycle to the service manager: start-up progress while
 * the context starts, readiness, status, stopping when the context closes, and a watchdog
 * gate built on liveness and health.
 */
@NullMarked
package io.github.servicestarter.lifecycle;

import org.jspecify.annotations.NullMarked;
