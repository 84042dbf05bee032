/**
 * What runs before the application on Windows when it starts from a start-up cache: a
 * main class that checks the cache still matches the installed jar and the JVM, then runs
 * the extracted application, or the installed jar itself when the cache is stale. Plain
 * Java, no Spring: it runs before the application's class path is chosen.
 */
@NullMarked
package io.github.servicestarter.launch;

import org.jspecify.annotations.NullMarked;
