package io.github.servicestarter.windows;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a Windows service registration says.
 *
 * @param name the service name
 * @param displayName the name shown in the Services console
 * @param description the description
 * @param binaryPath the quoted command line (see {@link WindowsCommandLine})
 * @param startType how the service starts
 * @param account the account it runs as ({@code NT SERVICE\<name>}, {@code NT AUTHORITY\LocalService},
 * ...), or {@code null} for LocalSystem
 * @param restartDelays the delays of the recovery actions, first failure first (each a restart)
 * @param failureResetPeriod after how long without failure the failure count starts again
 * @param preshutdownTimeout how long Windows waits for the service at system shutdown
 * @author Service Starter contributors
 */
public record WindowsServiceSpec(String name, String displayName, String description, String binaryPath,
		StartType startType, @Nullable String account, List<Duration> restartDelays, Duration failureResetPeriod,
		Duration preshutdownTimeout) {

	public WindowsServiceSpec {
		restartDelays = List.copyOf(restartDelays);
	}

	/**
	 * Whether the account is the service's virtual account, which needs a service SID.
	 * @return {@code true} for {@code NT SERVICE\<name>}
	 */
	public boolean virtualAccount() {
		return ("NT SERVICE\\" + this.name).equalsIgnoreCase(this.account);
	}

	/**
	 * How a service starts.
	 */
	public enum StartType {

		/** At boot. */
		AUTO,

		/** Shortly after boot, once the automatic services have started. */
		DELAYED_AUTO,

		/** When started by hand ({@code sc start}) or by another program. */
		MANUAL

	}

}
