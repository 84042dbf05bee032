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
