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
