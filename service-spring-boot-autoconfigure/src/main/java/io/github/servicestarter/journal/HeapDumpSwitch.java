package io.github.servicestarter.journal;

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
