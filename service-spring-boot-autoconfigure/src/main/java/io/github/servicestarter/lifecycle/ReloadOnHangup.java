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

import io.github.servicestarter.systemd.HangupSignal;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Turns {@code SIGHUP} into a reload while the application runs: {@code systemctl reload}
 * sends it through {@code ExecReload=kill -HUP $MAINPID}, and {@code Type=notify-reload}
 * (systemd 253+) sends it directly. The handler is installed when the context has been
 * refreshed, and only under systemd: elsewhere the JVM's own meaning of {@code SIGHUP}
 * (terminate) is left alone. Once the context starts stopping, a hangup is ignored.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ReloadOnHangup implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ReloadOnHangup.class);

	private final ServiceReloader reloader;

	private final boolean underSystemd;

	private volatile boolean running;

	private boolean installed;

	/**
	 * Create the hangup handling.
	 * @param reloader the reloader to run on each hangup
	 * @param underSystemd whether systemd launched the process; only then is the handler
	 * installed
	 */
	public ReloadOnHangup(ServiceReloader reloader, boolean underSystemd) {
		this.reloader = reloader;
		this.underSystemd = underSystemd;
	}

	@Override
	public synchronized void start() {
		if (this.underSystemd && !this.installed) {
			this.installed = HangupSignal.install(this::onHangup);
			if (this.installed) {
				logger.info("SIGHUP reloads the application (systemctl reload)");
			}
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isPauseable() {
		// A paused service still reloads on SIGHUP.
		return false;
	}

	private void onHangup() {
		if (this.running) {
			this.reloader.reload("SIGHUP");
		}
		else {
			logger.info("SIGHUP ignored: the application is not running");
		}
	}

}
