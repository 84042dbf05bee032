package io.github.servicestarter.journal;

import java.time.Instant;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * What the journal file holds.
 *
 * @param starts how many times the service started
 * @param crashes how many earlier runs ended without a clean stop
 * @param running whether the latest run has not recorded a clean stop yet
 * @param pid the process id of the latest run
 * @param started when the latest run started
 * @param lastExit how the run before the latest ended, for people
 * @author Service Starter contributors
 */
public record JournalRecord(long starts, long crashes, boolean running, long pid, @Nullable Instant started,
		@Nullable String lastExit) {

	static final String FORMAT = "1";

	/** The record of a service that never started. */
	static final JournalRecord EMPTY = new JournalRecord(0, 0, false, 0, null, null);

	/**
	 * Return how many starts followed an earlier run.
	 * @return the restart count
	 */
	public long restarts() {
		return Math.max(0, this.starts - 1);
	}

	Properties toProperties() {
		Properties properties = new Properties();
		properties.setProperty("format", FORMAT);
		properties.setProperty("starts", Long.toString(this.starts));
		properties.setProperty("crashes", Long.toString(this.crashes));
		properties.setProperty("running", Boolean.toString(this.running));
		properties.setProperty("pid", Long.toString(this.pid));
		if (this.started != null) {
			properties.setProperty("started", this.started.toString());
		}
		if (this.lastExit != null) {
			properties.setProperty("lastExit", this.lastExit);
		}
		return properties;
	}

	static JournalRecord fromProperties(Properties properties) {
		if (!FORMAT.equals(properties.getProperty("format"))) {
			throw new IllegalArgumentException("unknown format '" + properties.getProperty("format") + "'");
		}
		String started = properties.getProperty("started");
		String running = required(properties, "running");
		if (!running.equals("true") && !running.equals("false")) {
			throw new IllegalArgumentException("running is '" + running + "', not true or false");
		}
		return new JournalRecord(count(properties, "starts"), count(properties, "crashes"), Boolean.parseBoolean(running),
				count(properties, "pid"), (started != null) ? Instant.parse(started) : null,
				properties.getProperty("lastExit"));
	}

	private static long count(Properties properties, String key) {
		long value = Long.parseLong(required(properties, key));
		if (value < 0) {
			throw new IllegalArgumentException(key + " is negative");
		}
		return value;
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException(key + " is missing");
		}
		return value.strip();
	}

}
