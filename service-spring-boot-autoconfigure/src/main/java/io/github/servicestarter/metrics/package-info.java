/**
 * Micrometer meters for the service: which manager runs it, its restarts, starts, crashes
 * and watchdog pings, and the process resources the JVM does not report itself.
 */
@NullMarked
package io.github.servicestarter.metrics;

import org.jspecify.annotations.NullMarked;
