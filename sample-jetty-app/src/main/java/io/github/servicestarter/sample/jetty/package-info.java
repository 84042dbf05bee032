/**
 * The smallest web application on Jetty, which the end-to-end suite installs with a
 * socket unit to show that restarts refuse no request on Jetty too.
 */
@NullMarked
package io.github.servicestarter.sample.jetty;

import org.jspecify.annotations.NullMarked;
