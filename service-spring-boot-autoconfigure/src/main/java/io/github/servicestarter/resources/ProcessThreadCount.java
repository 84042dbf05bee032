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

package io.github.servicestarter.resources;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The process's thread count, native threads included, where the operating system can
 * only count them by listing every process on the machine (Windows). A full count is
 * taken at most once per refresh period; in between, the count follows the JVM's own live
 * threads, which are cheap to count, and keeps the native threads (garbage collector,
 * compiler, VM) at what the last full count found.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ProcessThreadCount implements DoubleSupplier {

	private final DoubleSupplier fullCount;

	private final IntSupplier javaThreads;

	private final LongSupplier nanoTime;

	private final long refreshNanos;

	private long countedAt;

	private double nativeThreads = Double.NaN;

	/**
	 * Create the count.
	 * @param fullCount counts every thread of the process, expensively; {@code NaN} when
	 * it cannot
	 * @param javaThreads counts the JVM's live threads
	 * @param nanoTime the monotonic clock
	 * @param refresh how long a full count is used for at most
	 */
	public ProcessThreadCount(DoubleSupplier fullCount, IntSupplier javaThreads, LongSupplier nanoTime,
			Duration refresh) {
		this.fullCount = fullCount;
		this.javaThreads = javaThreads;
		this.nanoTime = nanoTime;
		this.refreshNanos = refresh.toNanos();
	}

	@Override
	public synchronized double getAsDouble() {
		long now = this.nanoTime.getAsLong();
		int java = this.javaThreads.getAsInt();
		if (Double.isNaN(this.nativeThreads) || now - this.countedAt >= this.refreshNanos) {
			double all = this.fullCount.getAsDouble();
			if (Double.isNaN(all)) {
				return Double.NaN;
			}
			this.nativeThreads = Math.max(0, all - java);
			this.countedAt = now;
			return all;
		}
		return java + this.nativeThreads;
	}

}
