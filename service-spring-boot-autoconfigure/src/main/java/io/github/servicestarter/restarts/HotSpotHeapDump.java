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
