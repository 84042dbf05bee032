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

package io.github.servicestarter.restarts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.github.servicestarter.manager.ServiceIdentity;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The restart journal of one service in its state directory. Opening it records a start
 * (and a crash, when the previous run left no clean stop); {@link #recordCleanStop}
 * records the orderly end of this run. Each write replaces the file atomically (temporary
 * file, flush, rename), files are created owner-only, and a lock held for the life of the
 * process keeps a second instance from writing. Nothing here throws: a journal that
 * cannot be used is reported once and the service runs on without it; a corrupt file is
 * kept, renamed, and counting starts afresh.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class RestartJournal {

	static final String FILE_NAME = "restart-journal.properties";

	static final String LOCK_NAME = "restart-journal.lock";

	/** The largest journal file read; a larger one is set aside as corrupt. */
	static final int MAX_SIZE = 64 * 1024;

	private static final Log logger = LogFactory.getLog(RestartJournal.class);

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private static final Duration SAME_BOOT_TOLERANCE = Duration.ofSeconds(30);

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private final Path directory;

	private final Clock clock;

	private final @Nullable FileChannel lockChannel;

	private volatile RestartRecord record;

	private volatile @Nullable String problem;

	private RestartJournal(Path directory, Clock clock, @Nullable FileChannel lockChannel, RestartRecord record,
			@Nullable String problem) {
		this.directory = directory;
		this.clock = clock;
		this.lockChannel = lockChannel;
		this.record = record;
		this.problem = problem;
	}

	/**
	 * Open the journal in a directory and record this start.
	 * @param directory the state directory, created owner-only when missing
	 * @param pid the process id of this run
	 * @param clock the clock for timestamps
	 * @return the journal, recording or not; never {@code null}
	 */
	public static RestartJournal open(Path directory, long pid, Clock clock) {
		// The JVM's monotonic clock counts from boot on Linux and Windows; the sandbox of
		// a hardened unit (ProcSubset=pid) hides /proc/sys/kernel/random/boot_id and
		// /proc/uptime.
		return open(directory, pid, clock, clock.instant().minusNanos(System.nanoTime()));
	}

	/**
	 * Open the journal in a directory and record this start.
	 * @param directory the state directory, created owner-only when missing
	 * @param pid the process id of this run
	 * @param clock the clock for timestamps
	 * @param booted when the machine booted, to tell a restart from the first start after
	 * a reboot
	 * @return the journal, recording or not; never {@code null}
	 */
	public static RestartJournal open(Path directory, long pid, Clock clock, Instant booted) {
		FileChannel lock;
		try {
			createDirectory(directory);
			warnIfShared(directory);
			lock = lock(directory);
		}
		catch (IOException | RuntimeException ex) {
			return unusable(directory, clock, RestartRecord.EMPTY,
					"state directory " + directory + " is not writable (" + describe(ex)
							+ "); set service.state-directory to a writable directory, "
							+ "or give the unit StateDirectory=");
		}
		RestartRecord previous = read(directory);
		if (lock == null) {
			return unusable(directory, clock, previous, "another instance of the service holds "
					+ directory.resolve(LOCK_NAME) + "; this instance does not record its starts");
		}
		RestartJournal journal = new RestartJournal(directory, clock, lock, previous, null);
		journal.recordStart(previous, pid, booted);
		return journal;
	}

	private static RestartJournal unusable(Path directory, Clock clock, RestartRecord record, String problem) {
		logger.warn("Restart journal unavailable: " + problem);
		return new RestartJournal(directory, clock, null, record, problem);
	}

	/**
	 * Return the files a journal keeps in a state directory, for whoever removes a
	 * service with its state.
	 * @param directory the state directory
	 * @return the journal's files, whether they exist or not
	 */
	public static List<Path> files(Path directory) {
		return List.of(directory.resolve(FILE_NAME), directory.resolve(LOCK_NAME),
				directory.resolve(ManagerResult.FILE_NAME));
	}

	/**
	 * Return what the journal holds now.
	 * @return the current record
	 */
	public RestartRecord record() {
		return this.record;
	}

	/**
	 * Return why the journal cannot record, if it cannot.
	 * @return the problem, or {@code null} while the journal records
	 */
	public @Nullable String problem() {
		return this.problem;
	}

	/**
	 * Return the file the journal is kept in.
	 * @return the journal file
	 */
	public Path file() {
		return this.directory.resolve(FILE_NAME);
	}

	/**
	 * Record that this run ended with a clean stop, and release the lock.
	 * @param reason how it stopped, for people, e.g. {@code "stop requested by systemd"}
	 */
	public synchronized void recordCleanStop(String reason) {
		if (this.lockChannel == null || !this.record.running()) {
			return;
		}
		RestartRecord current = this.record;
		Instant now = now();
		write(new RestartRecord(current.starts(), current.restarts(), current.crashes(), current.crashReasons(), false,
				current.pid(), current.started(), current.booted(),
				new RunEnd(RunEnd.CLEAN_STOP, now, null, List.of(), "clean stop at " + now + " (" + reason + ")")));
		try {
			this.lockChannel.close();
		}
		catch (IOException ex) {
			logger.debug("Could not release the restart journal lock", ex);
		}
	}

	/**
	 * Release the lock without recording a clean stop (a start that failed, a context
	 * closed before its lifecycle ran): the next run counts this one as a crash, and
	 * finds the lock free even while this process is still ending.
	 */
	public synchronized void close() {
		if (this.lockChannel != null && this.lockChannel.isOpen()) {
			try {
				this.lockChannel.close();
			}
			catch (IOException ex) {
				logger.debug("Could not release the restart journal lock", ex);
			}
		}
	}

	private synchronized void recordStart(RestartRecord previous, long pid, Instant booted) {
		long crashes = previous.crashes();
		long restarts = previous.restarts();
		Map<EndReason, Long> reasons = new EnumMap<>(EndReason.class);
		reasons.putAll(previous.crashReasons());
		RunEnd lastEnd = previous.lastEnd();
		ManagerResult result = ManagerResult.take(this.directory, previous.started());
		// The manager's word, where it gave one, says whether the run failed: a run may
		// end after its clean stop was recorded (a stop that timed out), or succeed
		// without one.
		boolean crash = (result != null) ? !result.success() : previous.running();
		if (crash) {
			crashes++;
			RunEvidence evidence = RunEvidence.find(this.directory.resolve(ServiceIdentity.DUMPS_DIRECTORY),
					previous.pid(), previous.started());
			EndReason reason = EndReason.of(result, evidence);
			reasons.merge(reason, 1L, Long::sum);
			boolean sameBoot = sameBoot(previous.booted(), booted);
			if (sameBoot) {
				restarts++;
			}
			lastEnd = crashEnd(previous, reason, result, evidence, sameBoot);
			logger.warn("How the previous run of this service ended: " + lastEnd.description() + "; counted as a crash"
					+ (sameBoot ? " and an automatic restart" : ""));
		}
		else if (lastEnd != null) {
			lastEnd = lastEnd.withExitStatus((result != null) ? result.describe() : null);
			logger.info("How the previous run of this service ended: " + lastEnd.description());
		}
		write(new RestartRecord(previous.starts() + 1, restarts, crashes, reasons, true, pid, now(), booted, lastEnd));
	}

	private static RunEnd crashEnd(RestartRecord previous, EndReason reason, @Nullable ManagerResult result,
			RunEvidence evidence, boolean sameBoot) {
		StringBuilder description = new StringBuilder("crash: the run of pid ").append(previous.pid())
			.append(" started at ")
			.append(previous.started())
			.append(" ended without a clean stop: ")
			.append(reason.tag());
		if (result != null) {
			description.append(" (systemd: ").append(result.describe()).append(')');
		}
		// File names only: where the dumps directory is, the docs say; the endpoint shows
		// no paths.
		List<String> left = evidence.files().stream().map((file) -> file.getFileName().toString()).toList();
		if (!left.isEmpty()) {
			description.append(", left ").append(String.join(", ", left)).append(" in the dumps directory");
		}
		if (!sameBoot) {
			description.append(" (the machine rebooted since)");
		}
		return new RunEnd(reason.tag(), (result != null) ? result.written() : null,
				(result != null) ? result.describe() : null, left, description.toString());
	}

	/**
	 * Boot times worked out from two clocks move a little (clock adjustments); a reboot
	 * moves them by at least the time the machine was down and up again.
	 */
	private static boolean sameBoot(@Nullable Instant previous, Instant current) {
		return previous == null || Duration.between(previous, current).abs().compareTo(SAME_BOOT_TOLERANCE) < 0;
	}

	private void write(RestartRecord next) {
		this.record = next;
		try {
			Path temporary = Files.createTempFile(this.directory, "." + FILE_NAME, ".tmp", ownerOnly(OWNER_ONLY_FILE));
			try {
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				next.toProperties().store(content, "Restart journal of this service, kept by the service starter");
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
					channel.write(ByteBuffer.wrap(content.toByteArray()));
					channel.force(true);
				}
				move(temporary, file());
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			forceDirectory();
		}
		catch (IOException | RuntimeException ex) {
			if (this.problem == null) {
				this.problem = "cannot write " + file() + " (" + describe(ex) + ")";
				logger.warn("Restart journal unavailable: " + this.problem);
			}
		}
	}

	private static @Nullable FileChannel lock(Path directory) throws IOException {
		Path file = directory.resolve(LOCK_NAME);
		requireRegularFile(file);
		FileChannel channel = openOwnerOnly(file);
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return channel;
			}
		}
		catch (OverlappingFileLockException ex) {
			// Held by another journal in this JVM.
		}
		channel.close();
		return null;
	}

	private static FileChannel openOwnerOnly(Path file) throws IOException {
		try {
			return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
					ownerOnly(OWNER_ONLY_FILE));
		}
		catch (FileAlreadyExistsException ex) {
			return FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
		}
	}

	private static RestartRecord read(Path directory) {
		Path file = directory.resolve(FILE_NAME);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return RestartRecord.EMPTY;
		}
		try {
			requireRegularFile(file);
			// A journal is a few hundred bytes; read no more than the cap, whatever the
			// file holds.
			byte[] content;
			try (InputStream input = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
				content = input.readNBytes(MAX_SIZE + 1);
			}
			if (content.length > MAX_SIZE) {
				throw new IOException("larger than " + MAX_SIZE + " bytes");
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.ISO_8859_1));
			return RestartRecord.fromProperties(properties);
		}
		catch (IOException | RuntimeException ex) {
			return setAside(file, ex);
		}
	}

	/**
	 * Refuse anything but a regular file: a symbolic link would have the journal read or
	 * lock another file, and opening a FIFO blocks until a writer comes, which would hang
	 * start-up.
	 */
	private static void requireRegularFile(Path file) throws IOException {
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(file + " is not a regular file (a link, a FIFO or a directory)");
		}
	}

	private static RestartRecord setAside(Path file, Exception reason) {
		Path kept = file.resolveSibling(FILE_NAME + ".corrupt-" + System.currentTimeMillis());
		try {
			Files.move(file, kept);
			logger.warn("Restart journal " + file + " is corrupt (" + describe(reason) + "); kept it as " + kept
					+ " and counting starts afresh");
		}
		catch (IOException ex) {
			logger.warn("Restart journal " + file + " is corrupt (" + describe(reason)
					+ ") and could not be set aside (" + describe(ex) + "); counting starts afresh");
		}
		return RestartRecord.EMPTY;
	}

	private static void createDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			Files.createDirectories(directory, ownerOnly(OWNER_ONLY_DIRECTORY));
		}
	}

	/**
	 * Whoever else can write the state directory can change what the journal says (and,
	 * with links or FIFOs, what it opens): worth a warning, not a refusal, since the
	 * service runs on without a journal anyway.
	 */
	private static void warnIfShared(Path directory) {
		try {
			PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class);
			String user = System.getProperty("user.name");
			boolean othersWrite = attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
					|| attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE);
			if (othersWrite || !attributes.owner().getName().equals(user)) {
				logger.warn("State directory " + directory + " is owned by " + attributes.owner().getName()
						+ " with permissions " + PosixFilePermissions.toString(attributes.permissions())
						+ "; only the service's own user (" + user + ") should be able to write it. Remove write "
						+ "access for others (chmod 700) or choose another service.state-directory.");
			}
		}
		catch (IOException | UnsupportedOperationException ex) {
			logger.trace("Cannot read the owner of " + directory, ex);
		}
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void forceDirectory() {
		// Makes the rename durable on Linux; not possible on every OS, and not needed for
		// correctness.
		try (FileChannel channel = FileChannel.open(this.directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | RuntimeException ex) {
			logger.trace("Could not flush " + this.directory, ex);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		return posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String describe(Exception ex) {
		return ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

}
