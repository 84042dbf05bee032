package io.github.servicestarter.systemd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.servicestarter.manager.HostProcess;

/**
 * Whether standard output goes to the systemd journal: systemd sets {@code JOURNAL_STREAM}
 * to the {@code <device>:<inode>} of the stream it connected, and only when standard output
 * still is that stream (not redirected by a wrapper, not a terminal) is it the journal.
 *
 * @author Service Starter contributors
 */
public final class JournalStream {

	private JournalStream() {
	}

	/**
	 * Return whether standard output is the journal stream.
	 * @param process the process facts
	 * @param stdout the standard output as a path ({@code /proc/self/fd/1})
	 * @return {@code true} when {@code JOURNAL_STREAM} names standard output
	 */
	public static boolean isStandardOutput(HostProcess process, Path stdout) {
		String stream = process.getenv("JOURNAL_STREAM");
		if (stream == null || !stream.matches("\\d+:\\d+")) {
			return false;
		}
		try {
			Map<String, Object> attributes = Files.readAttributes(stdout, "unix:dev,ino");
			return stream.equals(attributes.get("dev") + ":" + attributes.get("ino"));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
