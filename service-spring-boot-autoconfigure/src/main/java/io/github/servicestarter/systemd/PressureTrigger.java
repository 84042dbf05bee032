package io.github.servicestarter.systemd;

import java.io.IOException;
import java.time.Duration;

/**
 * A pressure stall trigger the kernel keeps on a cgroup's pressure file: open while the
 * file descriptor is open, signalled each time the stall threshold is crossed.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface PressureTrigger extends AutoCloseable {

	/**
	 * Wait for the threshold to be crossed.
	 * @param timeout how long to wait at most
	 * @return whether it was crossed
	 * @throws IOException if the trigger cannot be waited on any more
	 */
	boolean await(Duration timeout) throws IOException;

	/**
	 * Remove the trigger.
	 */
	@Override
	void close();

}
