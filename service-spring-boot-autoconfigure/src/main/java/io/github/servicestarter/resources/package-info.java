/**
 * Process resource usage the JVM does not report itself: resident and virtual memory, OS
 * threads, I/O bytes and the memory limit of the process's cgroup. Plain Java, one reader
 * per operating system behind
 * {@link io.github.servicestarter.resources.ProcessResources}.
 */
@NullMarked
package io.github.servicestarter.resources;

import org.jspecify.annotations.NullMarked;
