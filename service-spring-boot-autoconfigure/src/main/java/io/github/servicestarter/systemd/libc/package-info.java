/**
 * Native seam for systemd: the only classes that call libc through JNA. Loaded only when a
 * notify socket is in use, so a process without a service manager never loads native code.
 */
@NullMarked
package io.github.servicestarter.systemd.libc;

import org.jspecify.annotations.NullMarked;
