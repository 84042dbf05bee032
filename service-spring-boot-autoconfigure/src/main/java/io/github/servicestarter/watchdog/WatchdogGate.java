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

package io.github.servicestarter.watchdog;

/**
 * Decides, before each watchdog ping, whether the application deserves it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface WatchdogGate {

	/**
	 * Gate that always lets the ping through.
	 */
	WatchdogGate ALWAYS = () -> Verdict.PING;

	/**
	 * Return what to do at this tick.
	 * @return the verdict
	 */
	Verdict check();

	/**
	 * What the watchdog does at one tick.
	 *
	 * @param action the action
	 * @param reason why, for the log; empty for a ping
	 */
	record Verdict(Action action, String reason) {

		/** A ping, the healthy case. */
		public static final Verdict PING = new Verdict(Action.PING, "");

		/**
		 * Withhold the ping, so the manager's watchdog fires when the timeout passes.
		 * @param reason why the ping is withheld
		 * @return the verdict
		 */
		public static Verdict skip(String reason) {
			return new Verdict(Action.SKIP, reason);
		}

		/**
		 * Ask the manager to fire the watchdog now.
		 * @param reason why
		 * @return the verdict
		 */
		public static Verdict trigger(String reason) {
			return new Verdict(Action.TRIGGER, reason);
		}

	}

	/**
	 * Watchdog actions.
	 */
	enum Action {

		/** Send a keep-alive ping. */
		PING,

		/** Send nothing. */
		SKIP,

		/** Fire the watchdog at once. */
		TRIGGER

	}

}
