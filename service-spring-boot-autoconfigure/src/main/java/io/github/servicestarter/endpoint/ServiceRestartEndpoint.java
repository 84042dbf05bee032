package io.github.servicestarter.endpoint;

import io.github.servicestarter.lifecycle.ServiceRestarter;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/servicerestart}: restarts the service through its manager (a graceful
 * stop, then the exit status the manager's restart policy restarts on). Destructive, so it is
 * an endpoint of its own with no access by default, as Spring Boot keeps {@code shutdown}
 * apart: exposing and opening the informational {@code service} endpoint never enables it.
 *
 * @author Service Starter contributors
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

	@WriteOperation
	public RestartDescriptor restart() {
		boolean accepted = this.restarter.requestRestart("requested through the servicerestart endpoint");
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
