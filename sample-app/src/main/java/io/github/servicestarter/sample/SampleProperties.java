package io.github.servicestarter.sample;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample application.
 *
 * @author Service Starter contributors
 */
@ConfigurationProperties("sample")
public class SampleProperties {

	/**
	 * How long start-up takes on purpose, spread over several beans so that it progresses
	 * like a real slow start.
	 */
	private Duration startupDelay = Duration.ZERO;

	/**
	 * How long the sample's reload listener works on each reload.
	 */
	private Duration reloadDelay = Duration.ZERO;

	/**
	 * How long each check of the sample's own health indicator takes; it then says UP.
	 */
	private Duration healthDelay = Duration.ZERO;

	/**
	 * How long the sample's application runner works after the context refreshed.
	 */
	private Duration runnerDelay = Duration.ZERO;

	public Duration getStartupDelay() {
		return this.startupDelay;
	}

	public void setStartupDelay(Duration startupDelay) {
		this.startupDelay = startupDelay;
	}

	public Duration getReloadDelay() {
		return this.reloadDelay;
	}

	public void setReloadDelay(Duration reloadDelay) {
		this.reloadDelay = reloadDelay;
	}

	public Duration getHealthDelay() {
		return this.healthDelay;
	}

	public void setHealthDelay(Duration healthDelay) {
		this.healthDelay = healthDelay;
	}

	public Duration getRunnerDelay() {
		return this.runnerDelay;
	}

	public void setRunnerDelay(Duration runnerDelay) {
		this.runnerDelay = runnerDelay;
	}

}
