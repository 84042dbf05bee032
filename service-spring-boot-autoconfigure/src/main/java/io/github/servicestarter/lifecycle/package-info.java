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

/**
 * Bridges Spring's application lifecycle to the service manager: start-up progress while
 * the context starts, readiness, status, stopping when the context closes, and a watchdog
 * gate built on liveness and health.
 * <p>
 * The stop, in order (phases are {@link io.github.servicestarter.lifecycle.StopPhases};
 * Spring stops a higher phase first):
 * <table>
 * <caption>The stop order</caption>
 * <tr>
 * <th>when</th>
 * <th>what</th>
 * <th>who</th>
 * </tr>
 * <tr>
 * <td>{@code ContextClosedEvent}, before any lifecycle bean stops</td>
 * <td>the manager is told the service is stopping; the watchdog and health threads stop;
 * the stop's progress reports begin</td>
 * <td>{@code ServiceStateNotifications}</td>
 * </tr>
 * <tr>
 * <td>{@code SOCKET_HAND_BACK}</td>
 * <td>a socket systemd passed goes back to it</td>
 * <td>{@code web.InheritedSocketCustomizer}</td>
 * </tr>
 * <tr>
 * <td>{@code WEB_SERVER_GRACEFUL_SHUTDOWN}</td>
 * <td>requests in flight drain</td>
 * <td>Spring Boot</td>
 * </tr>
 * <tr>
 * <td>{@code DRAINED}</td>
 * <td>the progress goes from draining to stopping</td>
 * <td>{@code ShutdownPhaseMarker}, {@code ShutdownProgress}</td>
 * </tr>
 * <tr>
 * <td>{@code MEMORY_PRESSURE_WATCH}</td>
 * <td>the memory pressure thread ends</td>
 * <td>{@code MemoryPressureMonitor}</td>
 * </tr>
 * <tr>
 * <td>Spring Boot's web server phase, then the application's own phases</td>
 * <td>the web server stops, then the application's lifecycle beans</td>
 * <td>Spring Boot, the application</td>
 * </tr>
 * <tr>
 * <td>{@code CLEAN_STOP}</td>
 * <td>the restart journal records a clean stop</td>
 * <td>{@code ShutdownPhaseMarker}, {@code restarts.RestartAccounting}</td>
 * </tr>
 * <tr>
 * <td>beans destroyed</td>
 * <td>the progress reports end, the health group and monitor stop, the journal's lock is
 * released</td>
 * <td>destroy methods of {@code ShutdownProgress}, {@code WatchdogHealthGroup},
 * {@code HealthMonitor}, {@code RestartAccounting}</td>
 * </tr>
 * <tr>
 * <td>the last beans destroyed</td>
 * <td>Windows: {@code STOPPED} with the exit code; then the run's hooks (uncaught
 * exception handler, failure reporter) are released</td>
 * <td>{@code autoconfigure.WindowsServiceConnection},
 * {@code autoconfigure.ServiceManagerApplicationListener}</td>
 * </tr>
 * </table>
 */
@NullMarked
package io.github.servicestarter.lifecycle;

import org.jspecify.annotations.NullMarked;
