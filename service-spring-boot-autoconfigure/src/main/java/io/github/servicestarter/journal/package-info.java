/**
 * The restart journal: a small file in the service's state directory that records each
 * start and whether the previous run ended with a clean stop, so that starts, crashes and
 * restarts are known on every operating system. Plain Java, no Spring.
 */
@NullMarked
package io.github.servicestarter.journal;

import org.jspecify.annotations.NullMarked;
