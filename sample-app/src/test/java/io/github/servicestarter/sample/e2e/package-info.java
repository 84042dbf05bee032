/**
 * End-to-end tests: the sample app's fat jar run as a service by a real systemd manager.
 */
@NullMarked
package io.github.servicestarter.sample.e2e;

import org.jspecify.annotations.NullMarked;
