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
