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

package io.github.servicestarter.windows;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.resources.ProcessResource;
import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.windows.jna.Advapi32EventLog;
import io.github.servicestarter.windows.jna.Advapi32ServiceControlManager;
import io.github.servicestarter.windows.jna.Toolhelp32ProcessSnapshot;

/**
 * A Windows service made of the starter's Spring-free Windows core, for Wine's real
 * Service Control Manager (the small Windows runtime used there cannot run a Spring Boot
 * web app). It simulates a slow start and a slow drain with progress reports, and writes
 * what it saw to a log file the test reads.
 * <p>
 * Arguments: {@code <service name> <log file> <start seconds> <drain seconds> [fail]}.
 */
public final class WineServiceHarness {

	private static final Duration STEP = Duration.ofMillis(500);

	private WineServiceHarness() {
	}

	public static void main(String[] args) throws Exception {
		String name = args[0];
		Path log = Path.of(args[1]);
		int startSteps = Integer.parseInt(args[2]) * 2;
		int drainSteps = Integer.parseInt(args[3]) * 2;
		boolean fail = args.length > 4 && args[4].equals("fail");
		WindowsService[] service = new WindowsService[1];
		service[0] = new WindowsService(new Advapi32ServiceControlManager(), name, ControlActions.stopOnly(() -> {
			log(log, "stop requested");
			for (int step = 0; step < drainSteps; step++) {
				service[0].progress("draining", STEP.multipliedBy(4));
				sleep();
			}
			log(log, "stopped");
			service[0].stopped();
		}), new WindowsServiceSettings(true, true, false, STEP.multipliedBy(4), STEP.multipliedBy(4),
				Duration.ofMinutes(1), Duration.ofMinutes(1)));
		log(log, "detected "
				+ WindowsDetector.forCurrentProcess(Toolhelp32ProcessSnapshot::new).detect().orElse("nothing"));
		// The path a protected services.exe takes on real Windows, where the parent
		// cannot be opened.
		long pid = ProcessHandle.current().pid();
		log(log, "process list names the parent " + new Toolhelp32ProcessSnapshot().parentImage(pid).orElse("nothing"));
		Thread dispatcher = service[0].connect();
		for (int step = 0; step < startSteps; step++) {
			service[0].progress("starting", STEP.multipliedBy(4));
			sleep();
		}
		if (fail) {
			log(log, "start-up failed");
			EventLoggingNotifier notifier = new EventLoggingNotifier(service[0], (type, id, message) -> {
				boolean written = new Advapi32EventLog(name).write(type, id, message);
				log(log, "event " + id + " written: " + written);
				return written;
			});
			notifier.failed("Failed to start: simulated start-up failure", 0);
			notifier.stopped();
			return;
		}
		ProcessResources resources = Platform.current().processResources();
		log(log, "resources resident=" + resources.read(ProcessResource.RESIDENT_MEMORY) + " threads="
				+ resources.read(ProcessResource.THREADS) + " handles=" + resources.read(ProcessResource.OPEN_HANDLES)
				+ " available=" + resources.available());
		service[0].ready("ready");
		log(log, "running");
		// As an application's own work (its web server's threads) would: the dispatcher
		// thread is a daemon and keeps the JVM alive no more than the SCM's connection
		// does.
		dispatcher.join();
	}

	private static void sleep() {
		try {
			Thread.sleep(STEP.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static synchronized void log(Path log, String line) {
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
			writer.println(line);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
