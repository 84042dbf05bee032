/**
 * Windows Service Control Manager integration: detection of an SCM launch, the service
 * dispatcher and control handler, and the status reporting state machine. Plain Java; the
 * Win32 calls live in {@link io.github.servicestarter.windows.jna}.
 */
@NullMarked
package io.github.servicestarter.windows;

import org.jspecify.annotations.NullMarked;
