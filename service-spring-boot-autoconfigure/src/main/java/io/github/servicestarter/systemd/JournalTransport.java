package io.github.servicestarter.systemd;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Sends entries of the journal's native protocol to journald.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface JournalTransport extends AutoCloseable {

	/** The socket journald reads native entries from. */
	Path SOCKET = Path.of("/run/systemd/journal/socket");

	/**
	 * Send one entry. Waits while journald's queue is full, as {@code sd_journal_send}
	 * does.
	 * @param entry the encoded entry (see {@link JournalEntry})
	 * @throws IOException if the entry could not be sent
	 */
	void send(byte[] entry) throws IOException;

	/**
	 * Release the socket.
	 */
	@Override
	void close();

}
