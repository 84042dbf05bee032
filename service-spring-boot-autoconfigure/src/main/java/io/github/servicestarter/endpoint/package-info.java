/**
 * The {@code service} Actuator endpoint: what an operator needs to know about the service
 * and its manager, without environment values or the command line.
 */
@NullMarked
package io.github.servicestarter.endpoint;

import org.jspecify.annotations.NullMarked;
