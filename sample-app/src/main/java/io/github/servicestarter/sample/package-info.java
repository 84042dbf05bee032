/**
 * Sample web application run as a service by the end-to-end tests: a slow endpoint for
 * drain tests, a liveness switch for watchdog tests and a configurable start-up delay.
 */
@NullMarked
package io.github.servicestarter.sample;

import org.jspecify.annotations.NullMarked;
