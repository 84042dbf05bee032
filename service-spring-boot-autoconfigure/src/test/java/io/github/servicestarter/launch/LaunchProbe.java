package io.github.servicestarter.launch;

/**
 * A main class for {@link StartupCacheLauncherTests}: prints the jar it was loaded from,
 * the launcher's verdict and its arguments.
 */
public final class LaunchProbe {

	private LaunchProbe() {
	}

	public static void main(String[] args) {
		System.out.println("loaded from " + LaunchProbe.class.getProtectionDomain().getCodeSource().getLocation()
				+ ", stale: " + System.getProperty(StartupCacheLauncher.STALE_PROPERTY) + ", arguments: "
				+ String.join(" ", args));
	}

}
