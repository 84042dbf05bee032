package io.github.servicestarter.platform;

/**
 * Holds the platform of this JVM, chosen from {@code os.name} when first asked for.
 *
 * @author Service Starter contributors
 */
final class CurrentPlatform {

	static final Platform INSTANCE = System.getProperty("os.name", "").startsWith("Windows") ? new WindowsPlatform()
			: new LinuxPlatform();

	private CurrentPlatform() {
	}

}
