/**
 * The embedded web server under systemd socket activation: serving on the socket a
 * {@code .socket} unit passed, so that a restart queues connections instead of refusing
 * them.
 */
@NullMarked
package io.github.servicestarter.web;

import org.jspecify.annotations.NullMarked;
