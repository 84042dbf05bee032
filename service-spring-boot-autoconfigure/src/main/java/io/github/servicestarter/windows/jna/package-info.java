/**
 * Native seam for Windows: the only classes that call {@code advapi32}, {@code kernel32}
 * and {@code psapi} through JNA. Loaded only when the Service Control Manager launched
 * the process.
 */
@NullMarked
package io.github.servicestarter.windows.jna;

import org.jspecify.annotations.NullMarked;
