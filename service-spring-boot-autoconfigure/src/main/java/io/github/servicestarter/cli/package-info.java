/**
 * The fat jar's {@code service:*} commands ({@code java -jar app.jar service:install}),
 * handled before any application context or web server starts.
 */
@NullMarked
package io.github.servicestarter.cli;

import org.jspecify.annotations.NullMarked;
