/**
 * Benchmarks of the starter: the application the whole-process comparison runs with and
 * without the starter, and JMH benchmarks of a notification and of the resource readers.
 */
@NullMarked
package io.github.servicestarter.benchmarks;

import org.jspecify.annotations.NullMarked;
