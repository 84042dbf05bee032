package io.github.servicestarter.systemd;

/**
 * The sockets systemd passed cannot be served: thrown at start-up, with what to change in
 * the socket unit, rather than falling back to binding the port.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class SocketActivationException extends RuntimeException {

	private final String action;

	/**
	 * Create an exception.
	 * @param description what is wrong
	 * @param action what to do about it
	 */
	public SocketActivationException(String description, String action) {
		super(description);
		this.action = action;
	}

	/**
	 * Return what to do about it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
