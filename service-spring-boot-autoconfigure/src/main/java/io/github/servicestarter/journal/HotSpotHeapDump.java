package io.github.servicestarter.journal;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.jspecify.annotations.Nullable;

/**
 * The heap dump switch of a HotSpot JVM, through its diagnostic MXBean.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class HotSpotHeapDump implements HeapDumpSwitch {

	private final HotSpotDiagnosticMXBean diagnostics;

	private HotSpotHeapDump(HotSpotDiagnosticMXBean diagnostics) {
		this.diagnostics = diagnostics;
	}

	/**
	 * Return the switch of this JVM.
	 * @return the switch, or {@code null} when the JVM has no HotSpot diagnostics
	 */
	public static @Nullable HeapDumpSwitch current() {
		try {
			HotSpotDiagnosticMXBean diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return (diagnostics != null) ? new HotSpotHeapDump(diagnostics) : null;
		}
		catch (LinkageError | RuntimeException ex) {
			return null;
		}
	}

	@Override
	public boolean enabled() {
		return Boolean.parseBoolean(this.diagnostics.getVMOption("HeapDumpOnOutOfMemoryError").getValue());
	}

	@Override
	public String path() {
		return this.diagnostics.getVMOption("HeapDumpPath").getValue();
	}

	@Override
	public void path(String path) {
		this.diagnostics.setVMOption("HeapDumpPath", path);
	}

	@Override
	public void disable() {
		this.diagnostics.setVMOption("HeapDumpOnOutOfMemoryError", "false");
	}

}
