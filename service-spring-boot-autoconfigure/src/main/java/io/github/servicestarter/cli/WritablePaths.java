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

package io.github.servicestarter.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.servicestarter.windows.SecurityDescriptor;
import io.github.servicestarter.windows.WindowsSecurity;
import org.jspecify.annotations.Nullable;

/**
 * Who besides the trusted can change the code a service runs: the jar, every directory
 * above it, the configuration Spring Boot reads from the working directory (the jar's
 * directory: {@code application.*}, {@code config/}) and the JDK. The jar's own
 * directory, the files and the JDK's directories must be writable by the trusted only; a
 * directory above the jar's only needs to keep others from replacing what it holds
 * (POSIX: the sticky bit, as {@code /tmp}; Windows: no right to delete or rename).
 * {@link Writers} answers per path, with POSIX modes or Windows ACLs.
 *
 * @author Service Starter contributors
 */
final class WritablePaths {

	private static final String[] CONFIGURATION = { "application.properties", "application.yml", "application.yaml",
			"config" };

	private final Writers writers;

	/**
	 * Create a check.
	 * @param writers who can change a path
	 */
	WritablePaths(Writers writers) {
		this.writers = writers;
	}

	/**
	 * Find who else can change the service's code.
	 * @param jar the absolute jar
	 * @param java the java executable the service runs
	 * @param javaHome the JDK's home
	 * @return one line per path that others can change, empty when none
	 */
	List<String> problems(Path jar, Path java, Path javaHome) {
		Set<String> problems = new LinkedHashSet<>();
		Path directory = Objects.requireNonNull(jar.getParent(), "an absolute jar is in a directory");
		check(jar, "the jar", false, problems);
		ancestors(directory, "the jar's directory", problems);
		for (String name : CONFIGURATION) {
			configuration(directory.resolve(name), problems);
		}
		check(java, "java", false, problems);
		ancestors(Objects.requireNonNull(java.getParent(), "an absolute java is in a directory"), "the JDK", problems);
		check(javaHome.resolve("lib"), "the JDK", false, problems);
		return new ArrayList<>(problems);
	}

	private void ancestors(Path directory, String what, Set<String> problems) {
		// The directory itself: others could add a config/ or replace a file.
		check(directory, what, false, problems);
		for (Path above = directory.getParent(); above != null; above = above.getParent()) {
			check(above, "a directory above " + what, true, problems);
		}
	}

	private void configuration(Path path, Set<String> problems) {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		check(path, "configuration read from the working directory", false, problems);
		if (Files.isDirectory(path)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
				for (Path entry : entries) {
					configuration(entry, problems);
				}
			}
			catch (IOException ex) {
				problems.add(
						path + " (configuration read from the working directory) cannot be listed: " + ex.getMessage());
			}
		}
	}

	private void check(Path path, String what, boolean above, Set<String> problems) {
		checkOne(path, what, above, problems);
		try {
			Path real = path.toRealPath();
			if (!real.equals(path)) {
				checkOne(real, what + " (" + path + " leads there)", above, problems);
				for (Path parent = real.getParent(); parent != null; parent = parent.getParent()) {
					checkOne(parent, "a directory above " + real, true, problems);
				}
			}
		}
		catch (IOException ex) {
			// A missing path is checked where it exists; nothing to resolve.
		}
	}

	private void checkOne(Path path, String what, boolean above, Set<String> problems) {
		if (Files.isSymbolicLink(path)) {
			// A link's own permissions mean nothing; who may replace it is decided by its
			// directory.
			return;
		}
		String writers = this.writers.of(path, above);
		if (writers != null) {
			problems.add(path + " (" + what + ") can be changed by " + writers);
		}
	}

	/**
	 * Who besides the trusted can change one path.
	 */
	interface Writers {

		/**
		 * Say who besides the trusted can change a path.
		 * @param path the path
		 * @param above whether it is a directory above the jar's or the JDK's, where only
		 * replacing what it holds counts
		 * @return who, said for people, or {@code null} for nobody
		 */
		@Nullable String of(Path path, boolean above);

		/**
		 * POSIX modes: the owner must be trusted, and neither group nor others may write,
		 * except in a directory above with the sticky bit.
		 * @param trustedOwners the user names that may own the code (root, the service's
		 * user)
		 * @return the writers
		 */
		static Writers posix(Set<String> trustedOwners) {
			return (path, above) -> {
				int mode;
				String owner;
				try {
					mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
					owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
				}
				catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
					return null;
				}
				List<String> writers = new ArrayList<>();
				if (!trustedOwners.contains(owner)) {
					writers.add("its owner " + owner);
				}
				// In a sticky directory nobody renames or removes what they do not own.
				boolean sticky = above && (mode & 01000) != 0;
				if ((mode & 0020) != 0 && !sticky) {
					writers.add("its group");
				}
				if ((mode & 0002) != 0 && !sticky) {
					writers.add("every user");
				}
				return writers.isEmpty() ? null : String.join(" and ", writers);
			};
		}

		/**
		 * Windows ACLs: the owner must be trusted, and no entry may give anyone else a
		 * right to write (a directory above: to delete or rename). Entries that only pass
		 * to children are left out.
		 * @param security the file security calls
		 * @param trustedSids the SIDs that may change the code (SYSTEM, the
		 * administrators, TrustedInstaller, the installing administrator, the service)
		 * @return the writers
		 */
		static Writers windows(WindowsSecurity security, Set<String> trustedSids) {
			return (path, above) -> security.read(path)
				.map((descriptor) -> descriptor.untrustedHolders(
						above ? SecurityDescriptor.REPLACE_RIGHTS : SecurityDescriptor.WRITE_RIGHTS, trustedSids))
				.filter((holders) -> !holders.isEmpty())
				.map((holders) -> String.join(" and ", holders))
				.orElse(null);
		}

	}

}
