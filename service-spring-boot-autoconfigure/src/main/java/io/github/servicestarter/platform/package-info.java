/**
 * The one place that decides the operating system and hands out what differs by it.
 */
@NullMarked
package io.github.servicestarter.platform;

import org.jspecify.annotations.NullMarked;
