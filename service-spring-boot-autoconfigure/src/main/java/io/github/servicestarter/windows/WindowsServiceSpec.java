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
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a Windows service registration says.
 *
 * @param name the service name
 * @param displayName the name shown in the Services console
 * @param description the description
 * @param binaryPath the quoted command line (see {@link WindowsCommandLine})
 * @param startType how the service starts
 * @param account the account it runs as ({@code NT SERVICE\<name>},
 * {@code NT AUTHORITY\LocalService}, ...), or {@code null} for LocalSystem
 * @param restartDelays the delays of the recovery actions, first failure first (each a
 * restart)
 * @param failureResetPeriod after how long without failure the failure count starts again
 * @param preshutdownTimeout how long Windows waits for the service at system shutdown
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record WindowsServiceSpec(String name, String displayName, String description, String binaryPath,
		StartType startType, @Nullable String account, List<Duration> restartDelays, Duration failureResetPeriod,
		Duration preshutdownTimeout) {

	/**
	 * The privileges a JVM network service uses; the SCM removes every other one from the
	 * service's token (SERVICE_REQUIRED_PRIVILEGES_INFO), SeImpersonatePrivilege among
	 * them, which the virtual and service accounts otherwise hold.
	 * SeChangeNotifyPrivilege is kept by Windows in any case; SeCreateGlobalPrivilege
	 * lets the JVM create the global file mappings its tools attach through.
	 */
	public static final List<String> REQUIRED_PRIVILEGES = List.of("SeChangeNotifyPrivilege",
			"SeCreateGlobalPrivilege");

	public WindowsServiceSpec {
		restartDelays = List.copyOf(restartDelays);
	}

	/**
	 * Return this registration with another command line.
	 * @param binaryPath the quoted command line
	 * @return the registration
	 */
	public WindowsServiceSpec withBinaryPath(String binaryPath) {
		return new WindowsServiceSpec(this.name, this.displayName, this.description, binaryPath, this.startType,
				this.account, this.restartDelays, this.failureResetPeriod, this.preshutdownTimeout);
	}

	/**
	 * Return the registration as the {@code sc.exe} commands that make the same one, for
	 * people to read and to use where the starter cannot install it.
	 * @return the commands, one a line
	 */
	public String toScCommands() {
		String start = switch (this.startType) {
			case AUTO -> "auto";
			case DELAYED_AUTO -> "delayed-auto";
			case MANUAL -> "demand";
		};
		String actions = this.restartDelays.stream()
			.map((delay) -> "restart/" + delay.toMillis())
			.collect(Collectors.joining("/"));
		StringBuilder commands = new StringBuilder();
		commands.append("sc.exe create ")
			.append(this.name)
			.append(" binPath= ")
			.append(quoteForSc(this.binaryPath))
			.append(" start= ")
			.append(start)
			.append(" DisplayName= ")
			.append(quoteForSc(this.displayName));
		if (this.account != null) {
			commands.append(" obj= ").append(quoteForSc(this.account));
		}
		commands.append('\n');
		commands.append("sc.exe description ")
			.append(this.name)
			.append(' ')
			.append(quoteForSc(this.description))
			.append('\n');
		if (!this.restartDelays.isEmpty()) {
			commands.append("sc.exe failure ")
				.append(this.name)
				.append(" reset= ")
				.append(this.failureResetPeriod.toSeconds())
				.append(" actions= ")
				.append(actions)
				.append('\n');
			commands.append("sc.exe failureflag ").append(this.name).append(" 1\n");
		}
		commands.append("sc.exe sidtype ").append(this.name).append(" unrestricted\n");
		commands.append("sc.exe privs ")
			.append(this.name)
			.append(' ')
			.append(String.join("/", REQUIRED_PRIVILEGES))
			.append('\n');
		// sc.exe has no verb for it: SERVICE_CONFIG_PRESHUTDOWN_INFO keeps it in the
		// service's key.
		commands.append("reg.exe add ")
			.append(quoteForSc("HKLM\\SYSTEM\\CurrentControlSet\\Services\\" + this.name))
			.append(" /v PreshutdownTimeout /t REG_DWORD /d ")
			.append(this.preshutdownTimeout.toMillis())
			.append(" /f\n");
		return commands.toString();
	}

	private static String quoteForSc(String value) {
		// sc.exe reads its arguments by the rules of CommandLineToArgvW, as the JVM does.
		return WindowsCommandLine.quoted(value);
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
