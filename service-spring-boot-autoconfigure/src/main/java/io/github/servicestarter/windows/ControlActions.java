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

package io.github.servicestarter.windows;

import org.jspecify.annotations.Nullable;

/**
 * What the service's controls start, each on a thread of its own so that the control
 * handler returns at once.
 *
 * @param stop what {@code STOP}, {@code SHUTDOWN} and {@code PRESHUTDOWN} start, e.g. an
 * orderly JVM exit
 * @param reload what {@code PARAMCHANGE} starts, or {@code null} to refuse it
 * @param pause what {@code PAUSE} starts, or {@code null} to refuse pausing
 * @param resume what {@code CONTINUE} starts, or {@code null} to refuse pausing
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record ControlActions(Runnable stop, @Nullable Runnable reload, @Nullable Runnable pause,
		@Nullable Runnable resume) {

	/**
	 * Actions for a service that can only be stopped.
	 * @param stop what a stop starts
	 * @return the actions
	 */
	public static ControlActions stopOnly(Runnable stop) {
		return new ControlActions(stop, null, null, null);
	}

	/**
	 * These actions with {@code PARAMCHANGE} starting the given reload.
	 * @param reload what a reload starts
	 * @return the actions
	 */
	public ControlActions withReload(Runnable reload) {
		return new ControlActions(this.stop, reload, this.pause, this.resume);
	}

	/**
	 * These actions with {@code PAUSE} and {@code CONTINUE} starting the given pause and
	 * resume.
	 * @param pause what a pause starts
	 * @param resume what a continue starts
	 * @return the actions
	 */
	public ControlActions withPause(Runnable pause, Runnable resume) {
		return new ControlActions(this.stop, this.reload, pause, resume);
	}

	boolean canReload() {
		return this.reload != null;
	}

	boolean canPause() {
		return this.pause != null && this.resume != null;
	}

}
