package io.github.servicestarter.manager;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * How long ago the process started, for what the starter reports in those terms (the
 * Windows start limit, how soon the SCM heard from the service, the ready status line).
 * It is the JVM's own clock, to the millisecond: {@code ProcessHandle}'s start time has
 * whole seconds of boot time in it on Linux, and needs {@code /proc/stat}, which a unit's
 * {@code ProcSubset=pid} hides. A runtime without the {@code java.management} module (a
 * small jlink image of the Windows core) is answered by {@code ProcessHandle}.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ProcessUptime {

	private static final boolean JVM_CLOCK = ModuleLayer.boot().findModule("java.management").isPresent();

	private ProcessUptime() {
	}

	/**
	 * Return the time since the process started.
	 * @return the uptime, zero when neither the JVM nor the OS tells it
	 */
	public static Duration now() {
		if (JVM_CLOCK) {
			return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
		}
		return ProcessHandle.current()
			.info()
			.startInstant()
			.map((start) -> Duration.between(start, Instant.now()))
			.orElse(Duration.ZERO);
	}

}
