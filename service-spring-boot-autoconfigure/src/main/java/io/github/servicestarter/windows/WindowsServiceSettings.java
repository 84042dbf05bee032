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

package io.github.servicestarter.windows;

import java.time.Duration;

/**
 * The settings a Windows service runs by, read once from the application's configuration
 * (at the early connection, from the command line alone).
 *
 * @param reload whether {@code SERVICE_RUNNING} accepts {@code PARAMCHANGE}
 * ({@code service.reload.enabled}; needs a reload action)
 * @param pause whether it accepts {@code PAUSE} and {@code CONTINUE}
 * ({@code service.windows.pause.enabled}; needs pause actions)
 * @param acceptPreshutdown whether it asks for {@code PRESHUTDOWN}
 * ({@code service.windows.accept-preshutdown})
 * @param startWaitHint the wait hint of start-pending and continue-pending reports
 * ({@code service.startup.progress-timeout})
 * @param stopWaitHint the wait hint of the first stop-pending and pause-pending report
 * ({@code service.shutdown.progress-timeout})
 * @param startupTimeout how long a start may take before it is ended
 * ({@code service.startup.timeout})
 * @param stopTimeout how long a stop may take before {@code SERVICE_STOPPED} with
 * {@code ERROR_TIMEOUT} ends it ({@code service.windows.stop-timeout})
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record WindowsServiceSettings(boolean reload, boolean pause, boolean acceptPreshutdown, Duration startWaitHint,
		Duration stopWaitHint, Duration startupTimeout, Duration stopTimeout) {

}
