/**
 * Native seam for systemd: the only classes that call libc through JNA (the notify and
 * journal sockets, the passed sockets of socket activation, the C environment, the thread
 * id). Loaded only under systemd, so a process without a service manager never loads
 * native code.
 */
@NullMarked
package io.github.servicestarter.systemd.libc;

import org.jspecify.annotations.NullMarked;
