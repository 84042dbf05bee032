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

package io.github.servicestarter.endpoint;

import io.github.servicestarter.lifecycle.ServiceRestarter;
import io.github.servicestarter.manager.ControlCharacters;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/servicerestart}: restarts the service through its manager (a
 * graceful stop, then the exit status the manager's restart policy restarts on).
 * Destructive, so it is an endpoint of its own with no access by default, as Spring Boot
 * keeps {@code shutdown} apart: exposing and opening the informational {@code service}
 * endpoint never enables it.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@Endpoint(id = "servicerestart", defaultAccess = Access.NONE)
public class ServiceRestartEndpoint {

	private final ServiceRestarter restarter;

	/**
	 * Create the endpoint.
	 * @param restarter the restarter
	 */
	public ServiceRestartEndpoint(ServiceRestarter restarter) {
		this.restarter = restarter;
	}

	/**
	 * Restart the service. The reason is required: a request must carry it as a JSON body
	 * ({@code {"reason": "..."}}), which a browser sends cross-site only after a CORS
	 * preflight, so a page the operator visits cannot restart the service with a
	 * body-less form or {@code no-cors} POST.
	 * @param reason why, for the log (its control characters escaped, cut at 200
	 * characters)
	 * @return whether this request started a restart
	 */
	@WriteOperation
	public RestartDescriptor restart(String reason) {
		boolean accepted = this.restarter
			.requestRestart("requested through the servicerestart endpoint: " + ControlCharacters.printable(reason));
		return new RestartDescriptor(accepted, ServiceRestarter.RESTART_EXIT_CODE);
	}

	/**
	 * Answer to a restart request.
	 *
	 * @param accepted whether this request started a restart ({@code false} when one was
	 * already under way)
	 * @param exitCode the exit status the service will exit with
	 */
	public record RestartDescriptor(boolean accepted, int exitCode) implements OperationResponseBody {

	}

}
