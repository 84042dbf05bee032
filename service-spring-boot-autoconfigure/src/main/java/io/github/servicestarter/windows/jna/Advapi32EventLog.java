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

import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.WinNT;
import io.github.servicestarter.windows.EventLogWriter;
import org.jspecify.annotations.Nullable;

/**
 * {@link EventLogWriter} on {@code RegisterEventSourceW} and {@code ReportEventW}, under
 * the service's event source. The source handle is opened on first use and kept.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Advapi32EventLog implements EventLogWriter {

	private final String source;

	private WinNT.@Nullable HANDLE handle;

	public Advapi32EventLog(String source) {
		this.source = source;
	}

	@Override
	public synchronized boolean write(int type, int eventId, String message) {
		if (this.handle == null) {
			this.handle = Advapi32.INSTANCE.RegisterEventSource(null, this.source);
			if (this.handle == null) {
				return false;
			}
		}
		return Advapi32.INSTANCE.ReportEvent(this.handle, type, 0, eventId, null, 1, 0, new String[] { message }, null);
	}

}
