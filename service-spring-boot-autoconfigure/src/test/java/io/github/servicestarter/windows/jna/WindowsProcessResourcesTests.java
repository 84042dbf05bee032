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

package io.github.servicestarter.windows.jna;

import com.sun.jna.Native;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Tests for {@link WindowsProcessResources}: the structures it reads have the sizes and
 * offsets of Microsoft's headers on 64-bit Windows ({@code psapi.h}, {@code winnt.h}),
 * which JNA lays out the same way on any 64-bit platform.
 */
class WindowsProcessResourcesTests {

	@Test
	void processMemoryCountersHasTheWorkingSetAtSixteen() {
		assumeThat(Native.POINTER_SIZE).isEqualTo(8);
		MemoryCounters counters = new MemoryCounters();
		assertThat(counters.size()).isEqualTo(72);
		assertThat(counters.offset("WorkingSetSize")).isEqualTo(16);
	}

	@Test
	void jobExtendedLimitInformationHasTheMemoryLimitsAfterTheIoCounters() {
		assumeThat(Native.POINTER_SIZE).isEqualTo(8);
		JobLimits limits = new JobLimits();
		assertThat(limits.size()).isEqualTo(144);
		assertThat(limits.offset("LimitFlags")).isEqualTo(16);
		assertThat(limits.offset("IoInfo")).isEqualTo(64);
		assertThat(limits.offset("ProcessMemoryLimit")).isEqualTo(112);
		assertThat(limits.offset("JobMemoryLimit")).isEqualTo(120);
	}

	static class MemoryCounters extends WindowsProcessResources.ProcessMemoryCounters {

		int offset(String field) {
			return fieldOffset(field);
		}

	}

	static class JobLimits extends WindowsProcessResources.JobExtendedLimitInformation {

		int offset(String field) {
			return fieldOffset(field);
		}

	}

}
