/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
