/**
 * Logging where the service manager's operators look: native journal entries (or
 * priority-prefixed lines) for the systemd journal, through Logback or Log4j2, and
 * uncaught exceptions logged with the service's name.
 */
@NullMarked
package io.github.servicestarter.logging;

import org.jspecify.annotations.NullMarked;
