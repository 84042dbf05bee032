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

package io.github.servicestarter.restarts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * What the restart journal's file holds.
 *
 * @param starts how many times the service started
 * @param restarts how many starts followed a run that ended without a clean stop in the
 * same boot: the automatic restarts of a service manager's restart policy
 * @param crashes how many earlier runs ended without a clean stop
 * @param crashReasons the crashes by reason; together as many as {@code crashes}
 * @param running whether the latest run has not recorded a clean stop yet
 * @param pid the process id of the latest run
 * @param started when the latest run started
 * @param booted when the machine the latest run ran on booted
 * @param lastEnd how the run before the latest ended (or, once it stopped cleanly, the
 * latest)
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record RestartRecord(long starts, long restarts, long crashes, Map<EndReason, Long> crashReasons,
		boolean running, long pid, @Nullable Instant started, @Nullable Instant booted, @Nullable RunEnd lastEnd) {

	static final String FORMAT = "1";

	/** The record of a service that never started. */
	static final RestartRecord EMPTY = new RestartRecord(0, 0, 0, Map.of(), false, 0, null, null, null);

	public RestartRecord {
		EnumMap<EndReason, Long> reasons = new EnumMap<>(EndReason.class);
		reasons.putAll(crashReasons);
		crashReasons = Collections.unmodifiableMap(reasons);
	}

	/**
	 * Return how many earlier runs ended without a clean stop for a reason.
	 * @param reason the reason
	 * @return the count
	 */
	public long crashes(EndReason reason) {
		return this.crashReasons.getOrDefault(reason, 0L);
	}

	/**
	 * Return how the previous run ended, for people.
	 * @return the description of the last end, or {@code null} before the first end
	 */
	public @Nullable String lastExit() {
		return (this.lastEnd != null) ? this.lastEnd.description() : null;
	}

	Properties toProperties() {
		Properties properties = new Properties();
		properties.setProperty("format", FORMAT);
		properties.setProperty("starts", Long.toString(this.starts));
		properties.setProperty("restarts", Long.toString(this.restarts));
		properties.setProperty("crashes", Long.toString(this.crashes));
		this.crashReasons
			.forEach((reason, count) -> properties.setProperty("crashes." + reason.tag(), count.toString()));
		properties.setProperty("running", Boolean.toString(this.running));
		properties.setProperty("pid", Long.toString(this.pid));
		if (this.started != null) {
			properties.setProperty("started", this.started.toString());
		}
		if (this.booted != null) {
			properties.setProperty("booted", this.booted.toString());
		}
		if (this.lastEnd != null) {
			properties.setProperty("lastExit", this.lastEnd.description());
			properties.setProperty("lastEnd.reason", this.lastEnd.reason());
			if (this.lastEnd.at() != null) {
				properties.setProperty("lastEnd.at", this.lastEnd.at().toString());
			}
			if (this.lastEnd.exitStatus() != null) {
				properties.setProperty("lastEnd.status", this.lastEnd.exitStatus());
			}
			for (int i = 0; i < this.lastEnd.evidence().size(); i++) {
				properties.setProperty("lastEnd.evidence." + i, this.lastEnd.evidence().get(i));
			}
		}
		return properties;
	}

	static RestartRecord fromProperties(Properties properties) {
		if (!FORMAT.equals(properties.getProperty("format"))) {
			throw new IllegalArgumentException("unknown format '" + properties.getProperty("format") + "'");
		}
		String started = properties.getProperty("started");
		String booted = properties.getProperty("booted");
		long crashes = count(properties, "crashes");
		// Journals written before restarts were recorded: every crash was followed by a
		// restart.
		long restarts = (properties.getProperty("restarts") != null) ? count(properties, "restarts") : crashes;
		String running = required(properties, "running");
		if (!running.equals("true") && !running.equals("false")) {
			throw new IllegalArgumentException("running is '" + running + "', not true or false");
		}
		return new RestartRecord(count(properties, "starts"), restarts, crashes, crashReasons(properties, crashes),
				Boolean.parseBoolean(running), count(properties, "pid"),
				(started != null) ? Instant.parse(started) : null, (booted != null) ? Instant.parse(booted) : null,
				lastEnd(properties));
	}

	/**
	 * The crashes by reason; those no reason accounts for (journals written before
	 * reasons were recorded) are {@link EndReason#UNKNOWN}.
	 */
	private static Map<EndReason, Long> crashReasons(Properties properties, long crashes) {
		Map<EndReason, Long> reasons = new EnumMap<>(EndReason.class);
		long counted = 0;
		for (EndReason reason : EndReason.values()) {
			if (properties.getProperty("crashes." + reason.tag()) != null) {
				long count = count(properties, "crashes." + reason.tag());
				reasons.put(reason, count);
				counted += count;
			}
		}
		if (counted > crashes) {
			throw new IllegalArgumentException("the crashes by reason add up to " + counted + ", more than " + crashes);
		}
		if (counted < crashes) {
			reasons.merge(EndReason.UNKNOWN, crashes - counted, Long::sum);
		}
		return reasons;
	}

	private static @Nullable RunEnd lastEnd(Properties properties) {
		String description = properties.getProperty("lastExit");
		if (description == null) {
			return null;
		}
		// Journals written before the end was recorded by its parts hold the sentence
		// alone.
		String reason = properties.getProperty("lastEnd.reason",
				description.startsWith("clean stop") ? RunEnd.CLEAN_STOP : EndReason.UNKNOWN.tag());
		String at = properties.getProperty("lastEnd.at");
		List<String> evidence = new ArrayList<>();
		for (int i = 0; properties.getProperty("lastEnd.evidence." + i) != null; i++) {
			evidence.add(properties.getProperty("lastEnd.evidence." + i));
		}
		return new RunEnd(reason.strip(), (at != null) ? Instant.parse(at.strip()) : null,
				properties.getProperty("lastEnd.status"), evidence, description);
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
