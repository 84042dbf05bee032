/**
 * Auto-configuration of the service starter: the {@code service.*} properties, the early
 * listener that detects the service manager before the application context exists, and
 * the beans that bridge the application's lifecycle to the manager.
 */
@NullMarked
package io.github.servicestarter.autoconfigure;

import org.jspecify.annotations.NullMarked;
