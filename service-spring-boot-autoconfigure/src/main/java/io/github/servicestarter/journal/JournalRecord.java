package io.github.servicestarter.journal;

import java.time.Instant;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * What the journal file holds.
 *
 * @param starts how many times the service started
 * @param restarts how many starts followed a run that ended without a clean stop in the same
 * boot: the automatic restarts of a service manager's restart policy
 * @param crashes how many earlier runs ended without a clean stop
 * @param running whether the latest run has not recorded a clean stop yet
 * @param pid the process id of the latest run
 * @param started when the latest run started
 * @param booted when the machine the latest run ran on booted
 * @param lastExit how the run before the latest ended, for people
 * @author Service Starter contributors
 */
public record JournalRecord(long starts, long restarts, long crashes, boolean running, long pid,
		@Nullable Instant started, @Nullable Instant booted, @Nullable String lastExit) {

	static final String FORMAT = "1";

	/** The record of a service that never started. */
	static final JournalRecord EMPTY = new JournalRecord(0, 0, 0, false, 0, null, null, null);

	Properties toProperties() {
		Properties properties = new Properties();
		properties.setProperty("format", FORMAT);
		properties.setProperty("starts", Long.toString(this.starts));
		properties.setProperty("restarts", Long.toString(this.restarts));
		properties.setProperty("crashes", Long.toString(this.crashes));
		properties.setProperty("running", Boolean.toString(this.running));
		properties.setProperty("pid", Long.toString(this.pid));
		if (this.started != null) {
			properties.setProperty("started", this.started.toString());
		}
		if (this.booted != null) {
			properties.setProperty("booted", this.booted.toString());
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
		String booted = properties.getProperty("booted");
		long crashes = count(properties, "crashes");
		// Journals written before restarts were recorded: every crash was followed by a restart.
		long restarts = (properties.getProperty("restarts") != null) ? count(properties, "restarts") : crashes;
		String running = required(properties, "running");
		if (!running.equals("true") && !running.equals("false")) {
			throw new IllegalArgumentException("running is '" + running + "', not true or false");
		}
		return new JournalRecord(count(properties, "starts"), restarts, crashes, Boolean.parseBoolean(running),
				count(properties, "pid"), (started != null) ? Instant.parse(started) : null,
				(booted != null) ? Instant.parse(booted) : null, properties.getProperty("lastExit"));
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
