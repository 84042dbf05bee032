package io.github.servicestarter.lifecycle;

import org.springframework.context.ApplicationEvent;

/**
 * Published each time the service's cgroup stalls on memory past the threshold systemd
 * set ({@code MemoryPressureWatch=}, systemd 254 and later): a moment to release what can
 * be rebuilt (caches, pools) before the kernel has to reclaim it or the limit is reached.
 * Listeners run on the thread that watches the pressure, one event at a time.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class MemoryPressureEvent extends ApplicationEvent {

	private final long count;

	/**
	 * Create the event.
	 * @param source the component that published it
	 * @param count how many times the threshold was crossed in this run, this time
	 * included
	 */
	public MemoryPressureEvent(Object source, long count) {
		super(source);
		this.count = count;
	}

	/**
	 * Return how many times the threshold was crossed in this run, this time included.
	 * @return the count
	 */
	public long getCount() {
		return this.count;
	}

}
