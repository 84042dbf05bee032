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
