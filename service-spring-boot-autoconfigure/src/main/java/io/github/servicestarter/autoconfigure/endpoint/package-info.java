/**
 * Auto-configuration of the service starter's endpoint support.
 */
@NullMarked
package io.github.servicestarter.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
