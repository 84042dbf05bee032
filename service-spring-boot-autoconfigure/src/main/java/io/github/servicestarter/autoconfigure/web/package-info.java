/**
 * Auto-configuration of systemd socket activation for the embedded web server.
 */
@NullMarked
package io.github.servicestarter.autoconfigure.web;

import org.jspecify.annotations.NullMarked;
