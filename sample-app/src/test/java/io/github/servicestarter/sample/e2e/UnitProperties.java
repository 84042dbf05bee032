package io.github.servicestarter.sample.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/**
 * A unit's properties as {@code systemctl show} prints them, whichever manager answers.
 */
final class UnitProperties {

	private UnitProperties() {
	}

	/**
	 * Parse {@code KEY=value} lines.
	 * @param output what {@code systemctl show} printed
	 * @return the properties, in order
	 */
	static Map<String, String> parse(String output) {
		Map<String, String> values = new LinkedHashMap<>();
		output.lines().forEach((line) -> {
			int separator = line.indexOf('=');
			if (separator > 0) {
				values.put(line.substring(0, separator), line.substring(separator + 1));
			}
		});
		return values;
	}

	/**
	 * Poll a unit's properties until they satisfy a condition.
	 * @param unit the unit, for the failure message
	 * @param timeout how long to wait
	 * @param condition the condition
	 * @param show reads the properties once
	 * @return the properties that satisfied it
	 */
	static Map<String, String> await(String unit, Duration timeout, Predicate<Map<String, String>> condition,
			Callable<Map<String, String>> show) {
		List<Map<String, String>> seen = new ArrayList<>();
		Awaitility.await(unit + " to reach the expected state")
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				Map<String, String> values = show.call();
				seen.add(values);
				return condition.test(values);
			});
		return seen.get(seen.size() - 1);
	}

}
