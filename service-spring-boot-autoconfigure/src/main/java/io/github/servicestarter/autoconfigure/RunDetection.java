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

package io.github.servicestarter.autoconfigure;

import java.util.function.Supplier;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;
import io.github.servicestarter.platform.Platform;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.bootstrap.BootstrapContext;

/**
 * Which service manager launched this process, for one run: what the platform finds
 * ({@code service.manager=auto}, on Windows a look at the parent process) is asked at
 * most once, and a named manager is taken at its word.
 * {@link ServiceManagerApplicationListener} registers one in the run's
 * {@link BootstrapContext} when Spring Boot starts; the early Windows connection, the
 * environment post-processors and {@link ServiceManagerRunFactory} all ask it.
 *
 * @author Service Starter contributors
 */
final class RunDetection {

	private final ServiceManagerConnector connector;

	private @Nullable ServiceManagerDetection found;

	RunDetection(ServiceManagerConnector connector) {
		this.connector = connector;
	}

	/**
	 * Return the run's detection in a bootstrap context, or a new one for a run whose
	 * listener registered none.
	 * @param bootstrap the run's bootstrap context
	 * @return the detection
	 */
	static RunDetection of(BootstrapContext bootstrap) {
		return of(bootstrap,
				() -> new RunDetection(new ServiceManagerConnector(HostProcess.current(), Platform.current())));
	}

	/**
	 * Return the run's detection in a bootstrap context, or another one.
	 * @param bootstrap the run's bootstrap context
	 * @param orElse the one to use when none was registered
	 * @return the detection
	 */
	static RunDetection of(BootstrapContext bootstrap, Supplier<RunDetection> orElse) {
		RunDetection registered = bootstrap.getOrElse(RunDetection.class, null);
		return (registered != null) ? registered : orElse.get();
	}

	/**
	 * Return which manager launched the process, by a setting's choice.
	 * @param selection the value of {@code service.manager}
	 * @return the detection
	 */
	synchronized ServiceManagerDetection detect(ServiceManagerSelection selection) {
		if (selection != ServiceManagerSelection.AUTO) {
			return this.connector.detect(selection);
		}
		ServiceManagerDetection found = this.found;
		if (found == null) {
			found = this.connector.detect(selection);
			this.found = found;
		}
		return found;
	}

}
