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
 * Published when the service manager asks the application to reload its configuration
 * ({@code systemctl reload}). Listeners run before the manager is told the reload is
 * over, so a listener that finishes its work synchronously makes {@code systemctl reload}
 * return only after it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class ServiceReloadEvent extends ApplicationEvent {

	private final String trigger;

	/**
	 * Create a reload event.
	 * @param source the component that published the event
	 * @param trigger what asked for the reload, for example {@code "SIGHUP"}
	 */
	public ServiceReloadEvent(Object source, String trigger) {
		super(source);
		this.trigger = trigger;
	}

	/**
	 * Return what asked for the reload.
	 * @return the trigger, for example {@code "SIGHUP"}
	 */
	public String getTrigger() {
		return this.trigger;
	}

}
