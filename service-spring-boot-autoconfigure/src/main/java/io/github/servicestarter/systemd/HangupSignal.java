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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import sun.misc.Signal;

/**
 * Installs a {@code SIGHUP} handler, the signal systemd uses to ask for a reload. The JVM
 * runs each handler on a thread of its own, so the action may block until the reload is
 * over.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class HangupSignal {

	private static final Log logger = LogFactory.getLog(HangupSignal.class);

	private HangupSignal() {
	}

	/**
	 * Run the action on each {@code SIGHUP}.
	 * @param action what to do
	 * @return whether the handler was installed
	 */
	public static boolean install(Runnable action) {
		try {
			Signal.handle(new Signal("HUP"), (signal) -> action.run());
			return true;
		}
		catch (IllegalArgumentException ex) {
			// Raised when the JVM runs with -Xrs or the signal is reserved on this
			// platform.
			logger.warn("Cannot handle SIGHUP (" + ex.getMessage() + "): systemctl reload will terminate the "
					+ "application instead of reloading it; remove -Xrs or set service.reload.enabled=false");
			return false;
		}
	}

}
