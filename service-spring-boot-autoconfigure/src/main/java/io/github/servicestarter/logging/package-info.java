/**
 * Logging where the service manager's operators look: syslog priorities for the systemd
 * journal, and uncaught exceptions logged with the service's name.
 */
@NullMarked
package io.github.servicestarter.logging;

import org.jspecify.annotations.NullMarked;
