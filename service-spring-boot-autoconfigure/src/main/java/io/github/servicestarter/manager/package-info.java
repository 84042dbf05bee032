/**
 * Service-manager neutral core: which manager launched the process, how that was decided,
 * and the {@link io.github.servicestarter.manager.ServiceNotifier} API every manager
 * implements. Plain Java, no Spring.
 */
@NullMarked
package io.github.servicestarter.manager;

import org.jspecify.annotations.NullMarked;
