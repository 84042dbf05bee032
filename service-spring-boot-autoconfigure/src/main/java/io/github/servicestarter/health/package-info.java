/**
 * The {@code service} health contributor: the service's state as its manager sees it.
 */
@NullMarked
package io.github.servicestarter.health;

import org.jspecify.annotations.NullMarked;
