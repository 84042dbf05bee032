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

/**
 * A Win32 service API call failed.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public class ScmException extends RuntimeException {

	/** {@code ERROR_FAILED_SERVICE_CONTROLLER_CONNECT}: the process is not a service. */
	public static final int FAILED_SERVICE_CONTROLLER_CONNECT = 1063;

	/**
	 * {@code ERROR_SERVICE_ALREADY_RUNNING}: another dispatcher runs in this process,
	 * such as procrun's in {@code jvm} mode.
	 */
	public static final int SERVICE_ALREADY_RUNNING = 1056;

	private final int errorCode;

	/**
	 * Create an exception.
	 * @param call the Win32 function that failed
	 * @param errorCode the {@code GetLastError()} code
	 */
	public ScmException(String call, int errorCode) {
		super(call + " failed with error " + errorCode);
		this.errorCode = errorCode;
	}

	/**
	 * Return the Win32 error code.
	 * @return the error code
	 */
	public int getErrorCode() {
		return this.errorCode;
	}

}
