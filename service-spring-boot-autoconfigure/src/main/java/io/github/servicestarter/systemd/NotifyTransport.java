package io.github.servicestarter.systemd;

import java.io.IOException;

/**
 * Sends one {@code sd_notify} datagram to the notify socket.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface NotifyTransport {

	/**
	 * Send one datagram.
	 * @param datagram the message bytes
	 * @throws IOException if the datagram could not be sent
	 */
	void send(byte[] datagram) throws IOException;

}
