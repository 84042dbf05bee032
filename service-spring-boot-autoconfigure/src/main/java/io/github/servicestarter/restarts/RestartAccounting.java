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

import java.util.OptionalLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Restart, start and crash counts of the service, from the best source there is: the
 * service manager's own restart count where the manager keeps one (systemd's
 * {@code NRestarts}, asked for once, when first needed), otherwise the journal. Starts
 * and crashes always come from the journal.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class RestartAccounting {

	/** Tag value of restarts counted by systemd. */
	public static final String SOURCE_SYSTEMD = "systemd";

	/** Tag value of restarts counted by the journal. */
	public static final String SOURCE_JOURNAL = "journal";

	private final RestartJournal journal;

	private final @Nullable Supplier<OptionalLong> managerRestarts;

	private volatile @Nullable OptionalLong managerCount;

	/**
	 * Create the accounting.
	 * @param journal the journal
	 * @param managerRestarts reads the manager's restart count, or {@code null} when the
	 * manager keeps none
	 */
	public RestartAccounting(RestartJournal journal, @Nullable Supplier<OptionalLong> managerRestarts) {
		this.journal = journal;
		this.managerRestarts = managerRestarts;
	}

	/**
	 * Return where {@link #restarts()} comes from.
	 * @return {@link #SOURCE_SYSTEMD} or {@link #SOURCE_JOURNAL}
	 */
	public String source() {
		return managerCount().isPresent() ? SOURCE_SYSTEMD : SOURCE_JOURNAL;
	}

	/**
	 * Return how often the service was restarted.
	 * @return the restart count
	 */
	public long restarts() {
		OptionalLong manager = managerCount();
		return manager.isPresent() ? manager.getAsLong() : this.journal.record().restarts();
	}

	/**
	 * Return how often the service started, this run included.
	 * @return the start count
	 */
	public long starts() {
		return this.journal.record().starts();
	}

	/**
	 * Return how many earlier runs ended without a clean stop.
	 * @return the crash count
	 */
	public long crashes() {
		return this.journal.record().crashes();
	}

	/**
	 * Return how many earlier runs ended without a clean stop for one reason.
	 * @param reason the reason
	 * @return the crash count of that reason
	 */
	public long crashes(EndReason reason) {
		return this.journal.record().crashes(reason);
	}

	/**
	 * Return the journal behind the counts.
	 * @return the journal
	 */
	public RestartJournal journal() {
		return this.journal;
	}

	/**
	 * Release the journal's lock; called when the application context closes.
	 */
	public void close() {
		this.journal.close();
	}

	private OptionalLong managerCount() {
		OptionalLong count = this.managerCount;
		if (count == null) {
			synchronized (this) {
				count = this.managerCount;
				if (count == null) {
					count = (this.managerRestarts != null) ? this.managerRestarts.get() : OptionalLong.empty();
					this.managerCount = count;
				}
			}
		}
		return count;
	}

}
