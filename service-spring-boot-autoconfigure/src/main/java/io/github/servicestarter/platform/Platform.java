package io.github.servicestarter.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManager;
import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.resources.ProcessResources;
import io.github.servicestarter.systemd.JournalTransport;
import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.NotifyTransport;
import io.github.servicestarter.systemd.PassedSocket;
import io.github.servicestarter.systemd.PressureTrigger;
import io.github.servicestarter.systemd.SocketActivation;
import io.github.servicestarter.systemd.SystemdDetector;
import io.github.servicestarter.systemd.SystemdUnit;
import io.github.servicestarter.systemd.libc.LibcEnvironment;
import io.github.servicestarter.systemd.libc.LibcJournalTransport;
import io.github.servicestarter.systemd.libc.LibcNotifyTransport;
import io.github.servicestarter.systemd.libc.LibcPressureTrigger;
import io.github.servicestarter.systemd.libc.LibcSockets;
import io.github.servicestarter.systemd.libc.LibcThread;
import io.github.servicestarter.windows.EventLogWriter;
import io.github.servicestarter.windows.SecretProtection;
import io.github.servicestarter.windows.WindowsSecurity;
import io.github.servicestarter.windows.ServiceControlManager;
import io.github.servicestarter.windows.ServiceRegistry;
import io.github.servicestarter.windows.WindowsDetector;
import io.github.servicestarter.windows.jna.Advapi32EventLog;
import io.github.servicestarter.windows.jna.Advapi32Security;
import io.github.servicestarter.windows.jna.Advapi32ServiceControlManager;
import io.github.servicestarter.windows.jna.Advapi32ServiceRegistry;
import io.github.servicestarter.windows.jna.Crypt32SecretProtection;
import io.github.servicestarter.windows.jna.Kernel32WorkingDirectory;
import io.github.servicestarter.windows.jna.KnownFolder;
import io.github.servicestarter.windows.jna.Toolhelp32ProcessSnapshot;
import io.github.servicestarter.windows.jna.UcrtStandardStreams;
import io.github.servicestarter.windows.jna.WindowsProcessResources;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides the operating system and the only door to native code: it
 * hands out detection, the transports that talk to the service manager, the process
 * resources and the service registry, each built from its native seam only when asked
 * for. Nothing here loads a native library until one of its methods is called, so a
 * process that asks for none loads none.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class Platform {

	private Platform() {
	}

	/**
	 * Return whether the process runs on Windows ({@code os.name}).
	 * @return whether it is Windows
	 */
	public static boolean isWindows() {
		return System.getProperty("os.name", "").startsWith("Windows");
	}

	/**
	 * Return the facts of this process and the user it runs as.
	 * @return the host's facts
	 */
	public static HostFacts host() {
		return host(HostProcess.current());
	}

	/**
	 * Return the facts of the host with the given process facts.
	 * @param process the facts of the process
	 * @return the host's facts
	 */
	public static HostFacts host(HostProcess process) {
		return new HostFacts(process, isWindows(), System.getProperty("user.name", ""),
				Path.of(System.getProperty("user.home", "")), Platform::programData);
	}

	/**
	 * Work out the service's identity ({@link ServiceIdentity#resolve}) for this process:
	 * its systemd unit, when it runs in one, and the host's facts.
	 * @param settings the value of a setting by its key, {@code null} when unset
	 * @param process the facts of the process
	 * @return the identity
	 */
	public static ServiceIdentity identity(Function<String, @Nullable String> settings, HostProcess process) {
		return ServiceIdentity.resolve(settings, unit(process), null, host(process));
	}

	/**
	 * Work out the service's name alone ({@link ServiceIdentity#resolveName}) for this
	 * process, asking the host nothing more than its systemd unit.
	 * @param settings the value of a setting by its key, {@code null} when unset
	 * @param process the facts of the process
	 * @return the name
	 */
	public static String serviceName(Function<String, @Nullable String> settings, HostProcess process) {
		return ServiceIdentity.resolveName(settings, unit(process), null);
	}

	private static @Nullable String unit(HostProcess process) {
		return isWindows() ? null : SystemdUnit.find(process).map(SystemdUnit::name).orElse(null);
	}

	/**
	 * Detect the service manager that launched this process: the SCM on Windows, systemd
	 * elsewhere. On Windows the parent is looked up in the process list only when it
	 * cannot be opened, so a console run loads no native code.
	 * @param process the facts of this process
	 * @return the detection, {@linkplain ServiceManagerDetection#none none} with the
	 * reason when no manager launched it
	 */
	public static ServiceManagerDetection detect(HostProcess process) {
		if (!isWindows()) {
			return new SystemdDetector(process).detect()
				.map((rule) -> new ServiceManagerDetection(ServiceManager.SYSTEMD, rule))
				.orElseGet(() -> ServiceManagerDetection.none("not launched by systemd"));
		}
		WindowsDetector detector = WindowsDetector.forCurrentProcess(Toolhelp32ProcessSnapshot::new);
		return detector.wrapper()
			.map((wrapper) -> ServiceManagerDetection.none("running under the service wrapper " + wrapper
					+ ", which talks to the Service Control Manager itself"))
			.or(() -> detector.detect().map((rule) -> new ServiceManagerDetection(ServiceManager.WINDOWS, rule)))
			.orElseGet(() -> ServiceManagerDetection.none("not launched by the Service Control Manager"));
	}

	/**
	 * Return the process resource reader for the running operating system.
	 * @return the reader; one that reads nothing where the OS is not supported
	 */
	public static ProcessResources processResources() {
		if (isWindows()) {
			return new WindowsProcessResources();
		}
		return ProcessResources.fromProcFileSystem();
	}

	/**
	 * Open the transport of systemd's notify socket.
	 * @param address the socket's address ({@code NOTIFY_SOCKET})
	 * @return the transport
	 */
	public static NotifyTransport notifyTransport(NotifySocketAddress address) {
		return new LibcNotifyTransport(address);
	}

	/**
	 * Set the memory pressure trigger systemd asked for.
	 * @param watch the pressure file and the trigger
	 * @return the trigger
	 * @throws IOException if the file cannot be opened or refuses the trigger
	 */
	public static PressureTrigger pressureTrigger(MemoryPressureWatch watch) throws IOException {
		return LibcPressureTrigger.open(watch);
	}

	/**
	 * Open the transport of journald's native socket.
	 * @param socket the socket's path
	 * @return the transport
	 */
	public static JournalTransport journalTransport(Path socket) {
		return new LibcJournalTransport(socket);
	}

	/**
	 * Return the kernel's id of the calling thread, as journald records it ({@code TID}).
	 * @return the reader of the calling thread's id
	 */
	public static IntSupplier threadIds() {
		return LibcThread::currentId;
	}

	/**
	 * Remove variables from the process's environment, the one child processes inherit.
	 * @param names the variables
	 */
	public static void unsetEnvironment(List<String> names) {
		LibcEnvironment.unset(names);
	}

	/**
	 * Ask the kernel what a socket systemd passed is.
	 * @param passed the passed descriptor
	 * @return its description
	 */
	public static PassedSocket describe(SocketActivation.Passed passed) {
		return LibcSockets.describe(passed);
	}

	/**
	 * Make a passed socket the process's standard input, the one descriptor the JDK turns
	 * into a channel ({@code System.inheritedChannel()}).
	 * @param descriptor the socket's descriptor
	 */
	public static void moveToStandardInput(int descriptor) {
		LibcSockets.moveToStandardInput(descriptor);
	}

	/**
	 * Return the Service Control Manager's side of the service conversation.
	 * @return the SCM
	 */
	public static ServiceControlManager serviceControlManager() {
		return new Advapi32ServiceControlManager();
	}

	/**
	 * Make the directory the Windows process's current directory, as the SCM has no
	 * setting for it ({@code SetCurrentDirectoryW}).
	 * @param directory an absolute directory
	 * @return whether Windows changed to it
	 */
	public static boolean enterWindowsWorkingDirectory(Path directory) {
		return Kernel32WorkingDirectory.enter(directory);
	}

	/**
	 * Append what the C runtime of a Windows process without a console writes to standard
	 * output and standard error (the JVM's own output) to a file.
	 * @param file the file, created when missing
	 * @return whether the C {@code stdout} and {@code stderr} streams were reopened on it
	 * as well as descriptors 1 and 2
	 * @throws IllegalStateException when the file cannot be opened or a descriptor
	 * replaced
	 */
	public static boolean redirectWindowsStandardStreams(Path file) {
		return UcrtStandardStreams.redirect(file);
	}

	/**
	 * Return a writer to the Application event log.
	 * @param source the event source, the service name
	 * @return the writer
	 */
	public static EventLogWriter eventLog(String source) {
		return new Advapi32EventLog(source);
	}

	/**
	 * Return the registry of Windows services, for installing and querying.
	 * @return the registry
	 */
	public static ServiceRegistry serviceRegistry() {
		return new Advapi32ServiceRegistry();
	}

	/**
	 * Return the machine's DPAPI, which encrypts a service's secrets; Windows only.
	 * @return the protection
	 */
	public static SecretProtection secretProtection() {
		return new Crypt32SecretProtection();
	}

	/**
	 * Return who may do what with files and directories; Windows only.
	 * @return the file security calls
	 */
	public static WindowsSecurity windowsSecurity() {
		return new Advapi32Security();
	}

	/**
	 * Return the ProgramData known folder (usually {@code C:\ProgramData}); Windows only.
	 * @return the folder
	 */
	public static Path programData() {
		return KnownFolder.programData();
	}

}
