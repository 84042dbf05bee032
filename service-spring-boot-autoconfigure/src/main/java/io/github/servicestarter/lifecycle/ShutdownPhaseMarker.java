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
