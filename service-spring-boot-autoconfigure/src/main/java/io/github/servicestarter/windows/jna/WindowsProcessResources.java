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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.DoubleSupplier;

import com.sun.jna.Native;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.BaseTSD;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import io.github.servicestarter.resources.ProcessResource;
import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.resources.ProcessThreadCount;
import org.jspecify.annotations.Nullable;

/**
 * Reads the current process's resources through kernel32: the working set
 * ({@code K32GetProcessMemoryInfo}), the virtual address space in use
 * ({@code GlobalMemoryStatusEx}), the job object's memory limit
 * ({@code QueryInformationJobObject}), the thread count (a Toolhelp snapshot of every
 * process once a minute, the JVM's own threads in between: {@link ProcessThreadCount}),
 * I/O transfer bytes ({@code GetProcessIoCounters}) and the handle count
 * ({@code GetProcessHandleCount}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class WindowsProcessResources implements ProcessResources {

	/**
	 * JobObjectExtendedLimitInformation, the information class of the structure below.
	 */
	private static final int JOB_EXTENDED_LIMIT_INFORMATION = 9;

	private static final int JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100;

	private static final int JOB_OBJECT_LIMIT_JOB_MEMORY = 0x200;

	private final Kernel32Extra kernel32 = Native.load("kernel32", Kernel32Extra.class, W32APIOptions.DEFAULT_OPTIONS);

	private final WinNT.HANDLE process = Kernel32.INSTANCE.GetCurrentProcess();

	private final int pid = Kernel32.INSTANCE.GetCurrentProcessId();

	private final Set<ProcessResource> available;

	private final ProcessThreadCount threads = threadCount(this::allThreads);

	public WindowsProcessResources() {
		Set<ProcessResource> available = EnumSet.noneOf(ProcessResource.class);
		if (Native.POINTER_SIZE == 8) {
			for (ProcessResource resource : ProcessResource.values()) {
				if (!Double.isNaN(read(resource))) {
					available.add(resource);
				}
			}
		}
		this.available = Set.copyOf(available);
	}

	@Override
	public Set<ProcessResource> available() {
		return this.available;
	}

	@Override
	public double read(ProcessResource resource) {
		try {
			return switch (resource) {
				case RESIDENT_MEMORY -> workingSet();
				case VIRTUAL_MEMORY -> virtualInUse();
				case MEMORY_LIMIT -> jobMemoryLimit();
				case THREADS -> this.threads.getAsDouble();
				case IO_READ -> ioCounters().ReadTransferCount;
				case IO_WRITE -> ioCounters().WriteTransferCount;
				case OPEN_HANDLES -> handles();
				// Pressure stall information is Linux's.
				default -> Double.NaN;
			};
		}
		catch (RuntimeException | LinkageError ex) {
			return Double.NaN;
		}
	}

	private double workingSet() {
		ProcessMemoryCounters counters = new ProcessMemoryCounters();
		counters.cb = counters.size();
		return this.kernel32.K32GetProcessMemoryInfo(this.process, counters, counters.cb)
				? counters.WorkingSetSize.doubleValue() : Double.NaN;
	}

	private static double virtualInUse() {
		WinBase.MEMORYSTATUSEX status = new WinBase.MEMORYSTATUSEX();
		if (!Kernel32.INSTANCE.GlobalMemoryStatusEx(status)) {
			return Double.NaN;
		}
		return status.ullTotalVirtual.longValue() - (double) status.ullAvailVirtual.longValue();
	}

	private double jobMemoryLimit() {
		JobExtendedLimitInformation information = new JobExtendedLimitInformation();
		if (!this.kernel32.QueryInformationJobObject(null, JOB_EXTENDED_LIMIT_INFORMATION, information,
				information.size(), null)) {
			return Double.NaN;
		}
		long limit = Long.MAX_VALUE;
		if ((information.LimitFlags & JOB_OBJECT_LIMIT_PROCESS_MEMORY) != 0) {
			limit = Math.min(limit, information.ProcessMemoryLimit.longValue());
		}
		if ((information.LimitFlags & JOB_OBJECT_LIMIT_JOB_MEMORY) != 0) {
			limit = Math.min(limit, information.JobMemoryLimit.longValue());
		}
		return (limit != Long.MAX_VALUE) ? limit : Double.NaN;
	}

	/**
	 * Windows counts one process's threads only by listing every process: do that once a
	 * minute, and follow the JVM's own threads in between. A runtime without
	 * {@code java.management} (a small jlink image) has nothing to follow: it lists every
	 * time.
	 */
	private static ProcessThreadCount threadCount(DoubleSupplier allThreads) {
		try {
			ThreadMXBean jvmThreads = ManagementFactory.getThreadMXBean();
			return new ProcessThreadCount(allThreads, jvmThreads::getThreadCount, System::nanoTime,
					Duration.ofMinutes(1));
		}
		catch (LinkageError ex) {
			return new ProcessThreadCount(allThreads, () -> 0, System::nanoTime, Duration.ZERO);
		}
	}

	private double allThreads() {
		double[] threads = { Double.NaN };
		Toolhelp32ProcessSnapshot.eachProcess((entry) -> {
			if (entry.th32ProcessID.intValue() != this.pid) {
				return true;
			}
			threads[0] = entry.cntThreads.intValue();
			return false;
		});
		return threads[0];
	}

	private WinNT.IO_COUNTERS ioCounters() {
		WinNT.IO_COUNTERS counters = new WinNT.IO_COUNTERS();
		if (!Kernel32.INSTANCE.GetProcessIoCounters(this.process, counters)) {
			throw new IllegalStateException("GetProcessIoCounters failed with error " + Native.getLastError());
		}
		return counters;
	}

	private double handles() {
		IntByReference count = new IntByReference();
		return this.kernel32.GetProcessHandleCount(this.process, count) ? count.getValue() : Double.NaN;
	}

	/**
	 * kernel32 functions that jna-platform does not map, with Microsoft's names.
	 */
	interface Kernel32Extra extends StdCallLibrary {

		boolean K32GetProcessMemoryInfo(WinNT.HANDLE process, ProcessMemoryCounters counters, int size);

		boolean GetProcessHandleCount(WinNT.HANDLE process, IntByReference count);

		boolean QueryInformationJobObject(WinNT.@Nullable HANDLE job, int informationClass,
				JobExtendedLimitInformation information, int length, @Nullable IntByReference returnLength);

	}

	/** {@code PROCESS_MEMORY_COUNTERS}, with Microsoft's field names. */
	@Structure.FieldOrder({ "cb", "PageFaultCount", "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
			"QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage",
			"PeakPagefileUsage" })
	public static class ProcessMemoryCounters extends Structure {

		public int cb;

		public int PageFaultCount;

		public BaseTSD.SIZE_T PeakWorkingSetSize = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T WorkingSetSize = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T QuotaPeakPagedPoolUsage = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T QuotaPagedPoolUsage = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T QuotaPeakNonPagedPoolUsage = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T QuotaNonPagedPoolUsage = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T PagefileUsage = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T PeakPagefileUsage = new BaseTSD.SIZE_T();

	}

	/**
	 * {@code JOBOBJECT_EXTENDED_LIMIT_INFORMATION}, with Microsoft's field names: the
	 * fields of its {@code JOBOBJECT_BASIC_LIMIT_INFORMATION} first, then the rest.
	 */
	@Structure.FieldOrder({ "PerProcessUserTimeLimit", "PerJobUserTimeLimit", "LimitFlags", "MinimumWorkingSetSize",
			"MaximumWorkingSetSize", "ActiveProcessLimit", "Affinity", "PriorityClass", "SchedulingClass", "IoInfo",
			"ProcessMemoryLimit", "JobMemoryLimit", "PeakProcessMemoryUsed", "PeakJobMemoryUsed" })
	public static class JobExtendedLimitInformation extends Structure {

		public long PerProcessUserTimeLimit;

		public long PerJobUserTimeLimit;

		public int LimitFlags;

		public BaseTSD.SIZE_T MinimumWorkingSetSize = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T MaximumWorkingSetSize = new BaseTSD.SIZE_T();

		public int ActiveProcessLimit;

		public BaseTSD.ULONG_PTR Affinity = new BaseTSD.ULONG_PTR();

		public int PriorityClass;

		public int SchedulingClass;

		public WinNT.IO_COUNTERS IoInfo = new WinNT.IO_COUNTERS();

		public BaseTSD.SIZE_T ProcessMemoryLimit = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T JobMemoryLimit = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T PeakProcessMemoryUsed = new BaseTSD.SIZE_T();

		public BaseTSD.SIZE_T PeakJobMemoryUsed = new BaseTSD.SIZE_T();

	}

}
