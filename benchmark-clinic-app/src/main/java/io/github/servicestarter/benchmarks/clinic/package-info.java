/**
 * A clinic application of realistic size for the start-up cache's restart benchmark:
 * owners, pets, visits and vets in JPA entities, Spring Data repositories, Thymeleaf
 * pages and validated forms over an in-memory database.
 */
@NullMarked
package io.github.servicestarter.benchmarks.clinic;

import org.jspecify.annotations.NullMarked;
