package io.github.servicestarter.systemd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.servicestarter.manager.HostProcess;

/**
 * Whether a standard stream goes to the systemd journal: systemd sets
 * {@code JOURNAL_STREAM} to the {@code <device>:<inode>} of the stream it connected, and
 * only when the stream still is that one (not redirected by a wrapper, not a terminal) is
 * it the journal.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class JournalStream {

	private JournalStream() {
	}

	/**
	 * Return whether {@code JOURNAL_STREAM} names a stream.
	 * @param process the process facts
	 * @param stream the stream as a path ({@code /proc/self/fd/1} for standard output)
	 * @return {@code true} when the stream is the journal stream
	 */
	public static boolean names(HostProcess process, Path stream) {
		String journal = process.getenv("JOURNAL_STREAM");
		if (journal == null || !journal.matches("\\d+:\\d+")) {
			return false;
		}
		try {
			Map<String, Object> attributes = Files.readAttributes(stream, "unix:dev,ino");
			return journal.equals(attributes.get("dev") + ":" + attributes.get("ino"));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
