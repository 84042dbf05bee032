/**
 * Test fakes shared by the unit tests.
 */
@NullMarked
package io.github.servicestarter.testsupport;

import org.jspecify.annotations.NullMarked;
