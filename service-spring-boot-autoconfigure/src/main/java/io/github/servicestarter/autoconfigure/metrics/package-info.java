/**
 * Auto-configuration of the service starter's metrics support.
 */
@NullMarked
package io.github.servicestarter.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
