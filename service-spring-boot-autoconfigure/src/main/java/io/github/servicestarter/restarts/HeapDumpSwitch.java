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

/**
 * The JVM's heap dump on {@code OutOfMemoryError}, as far as a running JVM can change it
 * (both flags are manageable: {@code HotSpotDiagnosticMXBean.setVMOption}).
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public interface HeapDumpSwitch {

	/**
	 * Return whether the JVM writes a heap dump on {@code OutOfMemoryError}.
	 * @return the value of {@code -XX:+HeapDumpOnOutOfMemoryError}
	 */
	boolean enabled();

	/**
	 * Return where the JVM writes it.
	 * @return the value of {@code -XX:HeapDumpPath}, empty for the working directory
	 */
	String path();

	/**
	 * Set where the JVM writes it.
	 * @param path a directory
	 */
	void path(String path);

	/**
	 * Switch the heap dump off for the rest of this run.
	 */
	void disable();

}
