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

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the dumps directory within its budget, once, as the service starts: the oldest
 * files go first, until what stays leaves room for one more heap dump (the JVM's largest
 * heap); the newest file always stays. When that room is not there, or writing a heap
 * dump would leave the disk with less than a tenth of it free, the heap dump is switched
 * off for this run and the log says why: a dump never fills the disk.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class DumpBudget {

	/** The share of the disk a heap dump must leave free. */
	static final double FREE_SHARE = 0.10;

	private static final Log logger = LogFactory.getLog(DumpBudget.class);

	private final Path directory;

	private final long maxSize;

	private final long heapDumpSize;

	/**
	 * Create the budget.
	 * @param directory the dumps directory
	 * @param maxSize how many bytes the directory may hold, a heap dump to come included
	 * @param heapDumpSize how large a heap dump can be: the JVM's largest heap
	 */
	public DumpBudget(Path directory, long maxSize, long heapDumpSize) {
		this.directory = directory;
		this.maxSize = maxSize;
		this.heapDumpSize = heapDumpSize;
	}

	/**
	 * Keep the directory within the budget and decide about the heap dump. A heap dump
	 * the JVM writes elsewhere ({@code -XX:HeapDumpPath} set to another directory) is
	 * left to whoever chose that.
	 * @param heapDump the JVM's heap dump switch
	 * @return what was done (the log says it too)
	 */
	public Outcome apply(HeapDumpSwitch heapDump) {
		try {
			createDirectory();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Cannot create the dumps directory " + this.directory + " (" + ex.getMessage() + ")");
			return new Outcome(0, 0, false, "the dumps directory cannot be created");
		}
		boolean ours = heapDump.enabled() && writesHere(heapDump);
		if (ours && heapDump.path().isEmpty()) {
			heapDump.path(this.directory.toString());
		}
		long room = ours ? this.heapDumpSize : 0;
		List<Path> removed = new ArrayList<>();
		long kept = prune(room, removed);
		if (!removed.isEmpty()) {
			logger.info("Removed " + removed.size() + " old dump file(s) from " + this.directory + " to stay within "
					+ "service.dumps.max-size (" + this.maxSize + " bytes): " + removed);
		}
		String off = ours ? whyNoRoom(kept) : null;
		if (off != null) {
			heapDump.disable();
			logger.warn("No heap dump on OutOfMemoryError for this run: " + off);
		}
		return new Outcome(kept, removed.size(), ours && off == null, off);
	}

	private boolean writesHere(HeapDumpSwitch heapDump) {
		String path = heapDump.path();
		return path.isEmpty()
				|| Path.of(path).toAbsolutePath().normalize().equals(this.directory.toAbsolutePath().normalize());
	}

	/**
	 * Remove the oldest files until the rest and the room asked for fit, never the newest
	 * (the evidence of the last crash); return the rest's size.
	 */
	private long prune(long room, List<Path> removed) {
		List<Dump> dumps = list();
		long total = dumps.stream().mapToLong(Dump::size).sum();
		for (Dump dump : dumps.subList(0, Math.max(0, dumps.size() - 1))) {
			if (total + room <= this.maxSize) {
				break;
			}
			try {
				Files.delete(dump.file());
				total -= dump.size();
				removed.add(dump.file().getFileName());
			}
			catch (IOException ex) {
				logger.warn("Cannot remove the old dump " + dump.file() + " (" + ex.getMessage() + ")");
			}
		}
		return total;
	}

	private @Nullable String whyNoRoom(long kept) {
		if (kept + this.heapDumpSize > this.maxSize) {
			return "a heap dump can take " + this.heapDumpSize + " bytes (the largest heap), more than "
					+ "service.dumps.max-size (" + this.maxSize + " bytes) leaves; raise it or lower -Xmx";
		}
		// statvfs through java.io.File: a file store lookup reads /proc/mounts, which a
		// sandbox with ProcSubset=pid hides.
		File disk = this.directory.toFile();
		long total = disk.getTotalSpace();
		long usable = disk.getUsableSpace();
		if (total <= 0) {
			return "the free space of " + this.directory + " cannot be read";
		}
		if (usable - this.heapDumpSize < (long) (total * FREE_SHARE)) {
			return "the disk of " + this.directory + " has " + usable + " bytes free, and a heap dump of up to "
					+ this.heapDumpSize + " bytes would leave less than a tenth of it free";
		}
		return null;
	}

	/** The directory's regular files, oldest first. */
	private List<Dump> list() {
		try (Stream<Path> files = Files.list(this.directory)) {
			List<Dump> dumps = new ArrayList<>();
			for (Path file : (Iterable<Path>) files::iterator) {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
						LinkOption.NOFOLLOW_LINKS);
				if (attributes.isRegularFile()) {
					dumps.add(new Dump(file, attributes.size(), attributes.lastModifiedTime().toMillis()));
				}
			}
			dumps.sort(Comparator.comparingLong(Dump::modified));
			return dumps;
		}
		catch (IOException ex) {
			logger.warn("Cannot list the dumps directory " + this.directory + " (" + ex.getMessage() + ")");
			return List.of();
		}
	}

	private void createDirectory() throws IOException {
		if (!Files.isDirectory(this.directory)) {
			boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
			if (posix) {
				Files.createDirectories(this.directory,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectories(this.directory);
			}
		}
	}

	/**
	 * What {@link #apply} did.
	 *
	 * @param size the bytes the directory holds
	 * @param removed how many files were removed
	 * @param heapDump whether an OutOfMemoryError writes a heap dump into the directory
	 * @param why why it does not when it should, or {@code null}
	 */
	public record Outcome(long size, int removed, boolean heapDump, @Nullable String why) {

	}

	private record Dump(Path file, long size, long modified) {

	}

}
