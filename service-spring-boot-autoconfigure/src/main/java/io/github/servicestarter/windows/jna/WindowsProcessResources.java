package io.github.servicestarter.windows.jna;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.DoubleSupplier;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Tlhelp32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import io.github.servicestarter.resources.ProcessThreadCount;
import io.github.servicestarter.resources.ProcessResource;
import io.github.servicestarter.resources.ProcessResources;
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
	 * Size of PROCESS_MEMORY_COUNTERS_EX on 64-bit Windows; WorkingSetSize is at offset
	 * 16.
	 */
	private static final int MEMORY_COUNTERS_SIZE = 80;

	private static final int WORKING_SET_OFFSET = 16;

	/** JobObjectExtendedLimitInformation, 144 bytes on 64-bit Windows. */
	private static final int JOB_EXTENDED_LIMIT_INFORMATION = 9;

	private static final int JOB_LIMIT_SIZE = 144;

	private static final int JOB_LIMIT_FLAGS_OFFSET = 16;

	private static final int JOB_PROCESS_MEMORY_LIMIT_OFFSET = 112;

	private static final int JOB_MEMORY_LIMIT_OFFSET = 120;

	private static final int JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100;

	private static final int JOB_OBJECT_LIMIT_JOB_MEMORY = 0x200;

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
		Memory counters = new Memory(MEMORY_COUNTERS_SIZE);
		counters.clear();
		counters.setInt(0, MEMORY_COUNTERS_SIZE);
		return Kernel32Extra.INSTANCE.K32GetProcessMemoryInfo(this.process, counters, MEMORY_COUNTERS_SIZE)
				? counters.getLong(WORKING_SET_OFFSET) : Double.NaN;
	}

	private static double virtualInUse() {
		WinBase.MEMORYSTATUSEX status = new WinBase.MEMORYSTATUSEX();
		if (!Kernel32.INSTANCE.GlobalMemoryStatusEx(status)) {
			return Double.NaN;
		}
		return status.ullTotalVirtual.longValue() - (double) status.ullAvailVirtual.longValue();
	}

	private static double jobMemoryLimit() {
		Memory information = new Memory(JOB_LIMIT_SIZE);
		information.clear();
		if (!Kernel32Extra.INSTANCE.QueryInformationJobObject(null, JOB_EXTENDED_LIMIT_INFORMATION, information,
				JOB_LIMIT_SIZE, null)) {
			return Double.NaN;
		}
		int flags = information.getInt(JOB_LIMIT_FLAGS_OFFSET);
		long limit = Long.MAX_VALUE;
		if ((flags & JOB_OBJECT_LIMIT_PROCESS_MEMORY) != 0) {
			limit = Math.min(limit, information.getLong(JOB_PROCESS_MEMORY_LIMIT_OFFSET));
		}
		if ((flags & JOB_OBJECT_LIMIT_JOB_MEMORY) != 0) {
			limit = Math.min(limit, information.getLong(JOB_MEMORY_LIMIT_OFFSET));
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
		WinNT.HANDLE snapshot = Kernel32.INSTANCE.CreateToolhelp32Snapshot(Tlhelp32.TH32CS_SNAPPROCESS,
				new WinDef.DWORD(0));
		if (WinBase.INVALID_HANDLE_VALUE.equals(snapshot)) {
			return Double.NaN;
		}
		try {
			Tlhelp32.PROCESSENTRY32 entry = new Tlhelp32.PROCESSENTRY32();
			for (boolean more = Kernel32.INSTANCE.Process32First(snapshot, entry); more; more = Kernel32.INSTANCE
				.Process32Next(snapshot, entry)) {
				if (entry.th32ProcessID.intValue() == this.pid) {
					return entry.cntThreads.intValue();
				}
			}
			return Double.NaN;
		}
		finally {
			Kernel32.INSTANCE.CloseHandle(snapshot);
		}
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
		return Kernel32Extra.INSTANCE.GetProcessHandleCount(this.process, count) ? count.getValue() : Double.NaN;
	}

	/**
	 * kernel32 functions that jna-platform does not map, with Microsoft's names.
	 */
	interface Kernel32Extra extends StdCallLibrary {

		Kernel32Extra INSTANCE = Native.load("kernel32", Kernel32Extra.class, W32APIOptions.DEFAULT_OPTIONS);

		boolean K32GetProcessMemoryInfo(WinNT.HANDLE process, Pointer counters, int size);

		boolean GetProcessHandleCount(WinNT.HANDLE process, IntByReference count);

		boolean QueryInformationJobObject(WinNT.@Nullable HANDLE job, int informationClass, Pointer information,
				int length, @Nullable IntByReference returnLength);

	}

}
