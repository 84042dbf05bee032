package io.github.servicestarter.windows;

/**
 * A Win32 service API call failed.
 *
 * @author Service Starter contributors
 */
public class ScmException extends RuntimeException {

	/** {@code ERROR_FAILED_SERVICE_CONTROLLER_CONNECT}: the process is not a service. */
	public static final int FAILED_SERVICE_CONTROLLER_CONNECT = 1063;

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
