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

import org.springframework.context.SmartLifecycle;

/**
 * A {@link SmartLifecycle} that does nothing but run an action when Spring stops its
 * phase, so shutdown progress can be tied to the phases of the context's shutdown (a
 * higher phase stops earlier; the phases are {@link StopPhases}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ShutdownPhaseMarker implements SmartLifecycle {

	private final int phase;

	private final Runnable onStop;

	private volatile boolean running;

	/**
	 * Create a marker.
	 * @param phase the lifecycle phase
	 * @param onStop what to run when the phase stops
	 */
	public ShutdownPhaseMarker(int phase, Runnable onStop) {
		this.phase = phase;
		this.onStop = onStop;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.onStop.run();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isPauseable() {
		// A pause is not a shutdown: its phase is not passed.
		return false;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
