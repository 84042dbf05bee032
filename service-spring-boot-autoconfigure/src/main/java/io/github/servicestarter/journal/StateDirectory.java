package io.github.servicestarter.journal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

import io.github.servicestarter.manager.HostProcess;

/**
 * Where a service keeps its state when nothing is configured: the directory systemd created
 * for it ({@code StateDirectory=} gives {@code $STATE_DIRECTORY}), otherwise the usual place
 * of the operating system: the ProgramData known folder on Windows ({@code C:\ProgramData\<name>}), {@code /var/lib/<name>}
 * for root, {@code $XDG_STATE_HOME/<name>} (default {@code ~/.local/state/<name>}) for
 * other users.
 *
 * @author Service Starter contributors
 */
public final class StateDirectory {

	private StateDirectory() {
	}

	/**
	 * Resolve the state directory.
	 * @param name the service name, used as the directory name
	 * @param process the process facts (environment)
	 * @param osName the operating system name ({@code os.name})
	 * @param userName the user name ({@code user.name})
	 * @param userHome the home directory ({@code user.home})
	 * @param programData the ProgramData folder, asked for on Windows only
	 * @return the state directory
	 */
	public static Path resolve(String name, HostProcess process, String osName, String userName, String userHome,
			Supplier<Path> programData) {
		String systemd = process.getenv("STATE_DIRECTORY");
		if (systemd != null && !systemd.isBlank()) {
			// Several StateDirectory= entries arrive colon-separated; the first is ours.
			return Path.of(systemd.split(":")[0]);
		}
		if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
			return programData.get().resolve(name);
		}
		if ("root".equals(userName)) {
			return Path.of("/var/lib", name);
		}
		String stateHome = process.getenv("XDG_STATE_HOME");
		return (stateHome != null && !stateHome.isBlank()) ? Path.of(stateHome, name)
				: Path.of(userHome, ".local", "state", name);
	}

}
