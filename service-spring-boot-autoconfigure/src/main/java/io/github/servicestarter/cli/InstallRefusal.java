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

package io.github.servicestarter.cli;

import java.util.function.UnaryOperator;

import io.github.servicestarter.manager.ControlCharacters;

/**
 * A value that cannot go into a service definition as it is: which setting, where it was
 * set, what is wrong with it. Thrown before anything is written, so a refusal changes
 * nothing.
 *
 * @author Service Starter contributors
 */
final class InstallRefusal extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a refusal.
	 * @param setting the setting, with where it was set (see
	 * {@link SettingSources#describe})
	 * @param value the refused value
	 * @param problem what is wrong with it
	 * @param action what to do instead
	 */
	InstallRefusal(String setting, String value, String problem, String action) {
		super("Refused " + setting + ": '" + ControlCharacters.printable(value) + "' " + problem + ". " + action
				+ " Nothing was installed or changed.");
	}

	/**
	 * Check a value by a rule, refusing it when the rule throws.
	 * @param setting the setting, with where it was set
	 * @param value the value
	 * @param rule the rule, which returns the value as it is written or throws
	 * {@link IllegalArgumentException} saying what is wrong
	 * @return what the rule returned
	 */
	static String check(String setting, String value, UnaryOperator<String> rule) {
		try {
			return rule.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InstallRefusal(setting, value, "cannot be written: " + ex.getMessage(),
					"Correct the value and run the command again.");
		}
	}

}
