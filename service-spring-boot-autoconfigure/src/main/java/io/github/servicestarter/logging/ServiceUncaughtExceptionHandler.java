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

package io.github.servicestarter.logging;

import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Logs an exception that no code caught, on any thread, once at ERROR with the service's
 * name, then hands it to the handler that was there before (if any). Without it, the JVM
 * prints such exceptions to standard error only, where a service manager's operator may
 * never look.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class ServiceUncaughtExceptionHandler implements Thread.UncaughtExceptionHandler {

	private static final Log logger = LogFactory.getLog(ServiceUncaughtExceptionHandler.class);

	private final String serviceName;

	private final Thread.@Nullable UncaughtExceptionHandler previous;

	private final Consumer<String> report;

	/**
	 * Create a handler.
	 * @param serviceName the service name
	 * @param previous the default handler it replaces, or {@code null}
	 * @param report where else to report the exception (e.g. the Windows event log)
	 */
	public ServiceUncaughtExceptionHandler(String serviceName, Thread.@Nullable UncaughtExceptionHandler previous,
			Consumer<String> report) {
		this.serviceName = serviceName;
		this.previous = previous;
		this.report = report;
	}

	/**
	 * Install a handler as the JVM's default, in front of the current one, unless one is
	 * installed already.
	 * @param serviceName the service name
	 * @param report where else to report the exception
	 * @return the handler installed, or {@code null} when one was installed already
	 */
	public static @Nullable ServiceUncaughtExceptionHandler install(String serviceName, Consumer<String> report) {
		Thread.UncaughtExceptionHandler current = Thread.getDefaultUncaughtExceptionHandler();
		if (current instanceof ServiceUncaughtExceptionHandler) {
			return null;
		}
		ServiceUncaughtExceptionHandler handler = new ServiceUncaughtExceptionHandler(serviceName, current, report);
		Thread.setDefaultUncaughtExceptionHandler(handler);
		return handler;
	}

	/**
	 * Put back the default handler this one replaced, if this one is still the default.
	 */
	public void uninstall() {
		if (Thread.getDefaultUncaughtExceptionHandler() == this) {
			Thread.setDefaultUncaughtExceptionHandler(this.previous);
		}
	}

	@Override
	public void uncaughtException(Thread thread, Throwable ex) {
		String message = "Uncaught exception in thread '" + thread.getName() + "' of service " + this.serviceName + ": "
				+ ex;
		try {
			logger.error(message, ex);
			this.report.accept(message);
		}
		finally {
			if (this.previous != null) {
				this.previous.uncaughtException(thread, ex);
			}
		}
	}

}
