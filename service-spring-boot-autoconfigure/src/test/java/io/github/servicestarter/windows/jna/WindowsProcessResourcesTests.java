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
