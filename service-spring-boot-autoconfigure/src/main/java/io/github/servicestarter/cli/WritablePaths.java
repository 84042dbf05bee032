package io.github.servicestarter.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who besides the trusted owners can change the code a service runs: the jar, every
 * directory above it, the configuration Spring Boot reads from the working directory (the
 * jar's directory: {@code application.*}, {@code config/}) and the JDK. Each must be owned by
 * a trusted owner (root, and the service's own user) and writable by no group and no other
 * user; a directory above the jar's own may be writable by others only with the sticky bit
 * (as {@code /tmp}), where nobody can rename what they do not own. POSIX only.
 *
 * @author Service Starter contributors
 */
final class WritablePaths {

	private static final int GROUP_WRITE = 0020;

	private static final int OTHERS_WRITE = 0002;

	private static final int STICKY = 01000;

	private static final String[] CONFIGURATION = { "application.properties", "application.yml", "application.yaml",
			"config" };

	private final Set<String> trustedOwners;

	/**
	 * Create a check.
	 * @param trustedOwners the names of the users who may own the service's code (root, and
	 * the service's own user)
	 */
	WritablePaths(Set<String> trustedOwners) {
		this.trustedOwners = trustedOwners;
	}

	/**
	 * Find who else can write the service's code.
	 * @param jar the absolute jar
	 * @param java the java executable the service runs
	 * @param javaHome the JDK's home
	 * @return one line per path that others can write, empty when none
	 */
	List<String> problems(Path jar, Path java, Path javaHome) {
		Set<String> problems = new LinkedHashSet<>();
		Path directory = jar.getParent();
		check(jar, "the jar", false, problems);
		ancestors(directory, "the jar's directory", problems);
		for (String name : CONFIGURATION) {
			configuration(directory.resolve(name), problems);
		}
		check(java, "java", false, problems);
		ancestors(java.getParent(), "the JDK", problems);
		check(javaHome.resolve("lib"), "the JDK", false, problems);
		return new ArrayList<>(problems);
	}

	private void ancestors(Path directory, String what, Set<String> problems) {
		// The directory itself: others could add a config/ or replace a file, sticky bit or not.
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
				problems.add(path + " (configuration read from the working directory) cannot be listed: "
						+ ex.getMessage());
			}
		}
	}

	private void check(Path path, String what, boolean stickyAllowed, Set<String> problems) {
		checkOne(path, what, stickyAllowed, problems);
		try {
			Path real = path.toRealPath();
			if (!real.equals(path)) {
				checkOne(real, what + " (" + path + " leads there)", stickyAllowed, problems);
				for (Path above = real.getParent(); above != null; above = above.getParent()) {
					checkOne(above, "a directory above " + real, true, problems);
				}
			}
		}
		catch (IOException ex) {
			// A missing path is checked where it exists; nothing to resolve.
		}
	}

	private void checkOne(Path path, String what, boolean stickyAllowed, Set<String> problems) {
		int mode;
		String owner;
		try {
			mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
			owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return;
		}
		if (Files.isSymbolicLink(path)) {
			// A link's own mode means nothing; who may replace it is decided by its directory.
			return;
		}
		List<String> writers = new ArrayList<>();
		if (!this.trustedOwners.contains(owner)) {
			writers.add("its owner " + owner);
		}
		// In a sticky directory (as /tmp) nobody renames or removes what they do not own.
		boolean sticky = stickyAllowed && (mode & STICKY) != 0;
		if ((mode & GROUP_WRITE) != 0 && !sticky) {
			writers.add("its group");
		}
		if ((mode & OTHERS_WRITE) != 0 && !sticky) {
			writers.add("every user");
		}
		if (!writers.isEmpty()) {
			problems.add(path + " (" + what + ") can be changed by " + String.join(" and ", writers));
		}
	}

}
