/**
 * Auto-configuration of the service starter's health support.
 */
@NullMarked
package io.github.servicestarter.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
