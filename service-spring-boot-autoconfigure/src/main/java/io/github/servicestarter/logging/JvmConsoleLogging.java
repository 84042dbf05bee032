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

package io.github.servicestarter.logging;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Moves the JVM's unified logging from the console to a file, for a process that has no
 * console (a Windows service): the outputs on {@code stdout} and {@code stderr} are what
 * {@code -verbose:gc}, {@code -verbose:class} and {@code -Xlog} without a file configure,
 * and the JVM's own warnings ({@code all=warning} on {@code stdout} by default). Their
 * selections and decorators go to one file output, which the JVM rotates itself
 * ({@value #ROTATION}), and the console outputs are turned off. Done through the JVM's
 * {@code VM.log} diagnostic command, the one {@code jcmd} runs; outputs to files are left
 * alone.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class JvmConsoleLogging {

	/** The file output's rotation: five files of 10 MB. */
	static final String ROTATION = "filecount=5,filesize=10m";

	/**
	 * A line of {@code VM.log list}:
	 * {@code #0: stdout all=warning,gc=info uptime,level,tags}.
	 */
	private static final Pattern CONSOLE_OUTPUT = Pattern.compile("^\\s*#(\\d+): (stdout|stderr) (\\S+) (\\S+)",
			Pattern.MULTILINE);

	private JvmConsoleLogging() {
	}

	/**
	 * Move this JVM's console logging to the file.
	 * @param file the file
	 * @return the console outputs moved ({@code stdout}, {@code stderr}), none when
	 * nothing logs to the console
	 * @throws IllegalStateException when the JVM refuses a step; what it had done stays
	 * done
	 */
	public static List<String> moveTo(Path file) {
		return moveTo(file, JvmConsoleLogging::vmLog);
	}

	/**
	 * Move the console logging of the JVM that runs the commands to the file.
	 * @param file the file
	 * @param vmLog runs {@code VM.log} with the arguments and returns what it printed,
	 * nothing when it succeeded
	 * @return the console outputs moved
	 */
	static List<String> moveTo(Path file, Function<String[], String> vmLog) {
		Matcher outputs = CONSOLE_OUTPUT.matcher(vmLog.apply(new String[] { "list" }));
		List<String> moved = new ArrayList<>();
		while (outputs.find()) {
			String index = outputs.group(1);
			String name = outputs.group(2);
			// The file takes the first output's selections as they are; a later one adds
			// what it enables (an "off" there would take from the first).
			String what = moved.isEmpty() ? outputs.group(3) : enabled(outputs.group(3));
			if (enabled(what).isEmpty()) {
				continue;
			}
			List<String> toFile = new ArrayList<>(
					List.of("output=\"file=" + file + "\"", "what=" + what, "decorators=" + outputs.group(4)));
			if (moved.isEmpty()) {
				toFile.add("output_options=" + ROTATION);
			}
			run(vmLog, toFile.toArray(String[]::new));
			run(vmLog, "output=#" + index, "what=all=off");
			moved.add(name);
		}
		return moved;
	}

	private static String enabled(String selections) {
		return Arrays.stream(selections.split(","))
			.filter((selection) -> !selection.endsWith("=off"))
			.collect(Collectors.joining(","));
	}

	private static void run(Function<String[], String> vmLog, String... arguments) {
		String printed = vmLog.apply(arguments).strip();
		if (!printed.isEmpty()) {
			throw new IllegalStateException("VM.log " + String.join(" ", arguments) + ": " + printed);
		}
	}

	private static String vmLog(String[] arguments) {
		try {
			return (String) ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmLog",
						new Object[] { arguments }, new String[] { String[].class.getName() });
		}
		catch (JMException ex) {
			throw new IllegalStateException("VM.log " + String.join(" ", arguments) + " failed: " + ex.getMessage(),
					ex);
		}
	}

}
