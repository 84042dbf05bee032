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

package io.github.servicestarter.systemd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.manager.StartupCacheUse;

/**
 * The start-up cache in a unit: the jar extracted into a directory only root writes, and
 * a class data archive (a dynamic CDS archive, or an AOT cache on JDK 25 and later) made
 * by a training run of the service itself. Three {@code ExecStartPre=} lines keep it true
 * to what the unit runs, before every start:
 * <ol>
 * <li>as root ({@code +}): the key, the jar's SHA-256 and the size and time of the JVM's
 * {@code lib/modules} and {@code libjvm.so}, is compared with the key the cache was made
 * for (the digest is computed only when the jar's inode, size, modification or change
 * time differ from the last start's); when it differs, the jar is extracted anew with
 * Spring Boot's {@code -Djarmode=tools} and a training run is asked for. When the jar
 * cannot be extracted, this start runs the jar itself;</li>
 * <li>as the service's user, in its sandbox, with its JVM options: the training run, only
 * when asked for ({@code -Dspring.context.exit=onRefresh}, the starter off, no notify
 * socket), its archive written into the state directory; a failure does not fail the
 * start ({@code -});</li>
 * <li>as root: the archive is copied into the extracted directory, or the reason there is
 * none recorded; the key is recorded either way, so a failing training run is tried once
 * per jar and JVM.</li>
 * </ol>
 * The outcome is the environment file {@link #ENVIRONMENT_FILE}, read by systemd at each
 * command it starts: {@code ExecStart=} names {@code $SERVICE_STARTUP_CACHE} (the archive
 * option, or nothing) and {@code ${SERVICE_JAR}} (the extracted jar, or the jar itself),
 * and the running service reads the state and the reason ({@link StartupCacheUse}). A
 * service started after its jar or its JVM changed never runs the old classes.
 *
 * @param directory the cache directory, written by root only
 * @param java the absolute java the unit runs
 * @param jar the installed jar
 * @param archiveName the archive's file name
 * @param archiveOption the JVM option that uses an archive, the path follows it
 * @param trainingCommand the training run's whole command line
 * @param trainingDirectory where the training run writes its archive, in the state
 * directory
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record StartupCacheUnit(Path directory, Path java, Path jar, String archiveName, String archiveOption,
		List<String> trainingCommand, Path trainingDirectory) {

	/**
	 * The environment file in the cache directory that says what {@code ExecStart=} runs.
	 */
	public static final String ENVIRONMENT_FILE = "startup-cache.env";

	/** The variable that holds the jar {@code ExecStart=} runs. */
	public static final String JAR_VARIABLE = "SERVICE_JAR";

	/**
	 * The name of the first step, which names the jar: how a unit that runs it is found.
	 */
	static final String CHECK_STEP = "startup-cache-check";

	/** The directory of the extracted jar, in the cache directory. */
	private static final String EXTRACTED = "extracted";

	/**
	 * Writes the environment file whole: the archive option and the state (formatted in),
	 * {@code $jar}, {@code $reason}, into {@code $cache}.
	 */
	private static final String WRITE_ENVIRONMENT = """
			printf "SERVICE_STARTUP_CACHE=%%s\\nSERVICE_JAR=\\"%%s\\"\\nSERVICE_STARTUP_CACHE_STATE=%%s\\nSERVICE_STARTUP_CACHE_REASON=\\"%%s\\"\\n" "%s" "$jar" "%s" "$reason" > "$cache/startup-cache.env.tmp" && mv -f "$cache/startup-cache.env.tmp" "$cache/startup-cache.env"
			""";

	/**
	 * Compares the key, and extracts the jar when it changed: {@code $1} java, {@code $2}
	 * the jar, {@code $3} the cache directory, {@code $4} the extracted jar.
	 */
	static final String CHECK = script(
			"""
					umask 022
					cache="$3"
					home=$(dirname "$(dirname "$(readlink -f "$1")")")
					jvm=$(stat -L -c "%s %Y" "$home/lib/modules" "$home/lib/server/libjvm.so" 2>/dev/null | tr "\\n" " ")
					stamp="$(stat -L -c "%i %s %y %z" "$2") $jvm"
					if [ "$stamp" = "$(cat "$cache/stamp" 2>/dev/null)" ]; then exit 0; fi
					key="$(sha256sum < "$2" | cut -d " " -f 1) $jvm"
					made=$(cat "$cache/key" 2>/dev/null)
					if [ "$key" = "$made" ]; then echo "$stamp" > "$cache/stamp"; exit 0; fi
					rm -rf "$cache/stamp" "$cache/key" "$cache/train" "$cache/extracted.new"
					if [ -z "$made" ]; then what="none made yet"; elif [ "${made%% *}" = "${key%% *}" ]; then what="the JVM changed since it was made"; else what="the jar changed since it was made"; fi
					echo "Startup cache: $what: extracting $2, then a training run"
					if "$1" -Djarmode=tools -jar "$2" extract --destination "$cache/extracted.new" > "$cache/extract.log" 2>&1 && rm -rf "$cache/extracted" && mv "$cache/extracted.new" "$cache/extracted"; then jar="$4"; reason="being prepared"; echo "$key" > "$cache/train"; else jar="$2"; reason="the jar could not be extracted with -Djarmode=tools"; echo "Startup cache: cannot extract $2 with -Djarmode=tools ($(tail -n 1 "$cache/extract.log")): this start runs the jar uncached, the next one tries again"; fi
					"""
					+ WRITE_ENVIRONMENT.formatted("", "off"));

	/**
	 * Runs the training command ({@code $3} on) when asked for, its output into the
	 * training directory: {@code $1} the cache directory, {@code $2} the training
	 * directory.
	 */
	static final String TRAIN = script(
			"""
					if [ ! -f "$1/train" ]; then exit 0; fi
					out="$2"
					rm -rf "$out" && mkdir -p "$out" || exit 0
					shift 2
					unset NOTIFY_SOCKET WATCHDOG_USEC WATCHDOG_PID LISTEN_FDS LISTEN_FDNAMES LISTEN_PID MEMORY_PRESSURE_WATCH MEMORY_PRESSURE_WRITE
					echo "Startup cache: training run (the application starts up to its context refresh, then exits)"
					"$@" > "$out/output" 2>&1
					echo $? > "$out/exit"
					""");

	/**
	 * Takes the training run's archive, or records why there is none: {@code $1} the
	 * cache directory, {@code $2} the training directory, {@code $3} the archive's name,
	 * {@code $4} the archive option, {@code $5} the extracted jar.
	 */
	static final String ADOPT = script(
			"""
					umask 022
					cache="$1"
					jar="$5"
					if [ ! -f "$cache/train" ]; then exit 0; fi
					status=$(cat "$2/exit" 2>/dev/null)
					archive="$cache/extracted/$3"
					if [ "$status" = 0 ] && [ -s "$2/$3" ] && cp "$2/$3" "$archive.new" && chmod 644 "$archive.new" && mv -f "$archive.new" "$archive"; then option="$4$archive"; state=used; reason=""; echo "Startup cache: ready, $archive"; else option=""; state=off; if [ "$status" = 0 ]; then reason="the training run wrote no archive"; else reason="the training run failed (exit status ${status:-unknown})"; fi; echo "Startup cache: $reason. The service runs the extracted jar without it until the jar or the JVM changes. The training run's last lines, without the JVM's log:"; grep -v "^\\[[0-9.]*s\\]\\[" "$2/output" | tail -n 20; fi
					"""
					+ WRITE_ENVIRONMENT.formatted("$option", "$state") + """
							mv -f "$cache/train" "$cache/key"
							rm -rf "$2"
							""");

	public StartupCacheUnit {
		trainingCommand = List.copyOf(trainingCommand);
	}

	/**
	 * Join a script's lines, each a whole statement, into the one line a unit's command
	 * takes.
	 */
	private static String script(String lines) {
		return String.join("; ", lines.strip().lines().toList());
	}

	/**
	 * Return the jar as extracted into the cache directory.
	 * @return the extracted jar, named as the installed one
	 */
	public Path extractedJar() {
		return extractedJar(this.directory, this.jar);
	}

	/**
	 * Return where a jar is extracted into a cache directory.
	 * @param directory the cache directory
	 * @param jar the installed jar
	 * @return the extracted jar, named as the installed one
	 */
	public static Path extractedJar(Path directory, Path jar) {
		return directory.resolve(EXTRACTED).resolve(jar.getFileName());
	}

	/**
	 * Return the environment file's content before the first start has prepared the
	 * cache: the installed jar, no archive, in the format the steps write it in.
	 * @return the content
	 */
	public String pendingEnvironment() {
		return StartupCacheUse.CACHE_VARIABLE + "=\n" + JAR_VARIABLE + "=\"" + this.jar + "\"\n"
				+ StartupCacheUse.STATE_VARIABLE + "=off\n" + StartupCacheUse.REASON_VARIABLE + "=\"being prepared\"\n";
	}

	/**
	 * Return the environment file.
	 * @return the environment file in the cache directory
	 */
	public Path environmentFile() {
		return this.directory.resolve(ENVIRONMENT_FILE);
	}

	/**
	 * Return the {@code ExecStartPre=} lines, in order.
	 * @return each line's value
	 */
	List<String> execStartPre() {
		List<String> training = new ArrayList<>(List.of("/bin/sh", "-c", TRAIN, "startup-cache-training",
				this.directory.toString(), this.trainingDirectory.toString()));
		training.addAll(this.trainingCommand);
		return List.of(
				"+" + SystemdUnitFile.commandLine(List.of("/bin/sh", "-c", CHECK, CHECK_STEP, this.java.toString(),
						this.jar.toString(), this.directory.toString(), extractedJar().toString())),
				"-" + SystemdUnitFile.commandLine(training),
				"+" + SystemdUnitFile.commandLine(List.of("/bin/sh", "-c", ADOPT, "startup-cache-adopt",
						this.directory.toString(), this.trainingDirectory.toString(), this.archiveName,
						this.archiveOption, extractedJar().toString())));
	}

	/**
	 * Return the {@code ExecStart=} value: the service's command with the cache's
	 * variables in place of {@code -jar} and the jar.
	 * @param command the service's command line, with {@code -jar} and the jar
	 * @return the command line as it stands in the unit
	 */
	String execStart(List<String> command) {
		int jarOption = command.indexOf("-jar");
		List<String> words = new ArrayList<>();
		words.add(SystemdUnitFile.commandLine(command.subList(0, jarOption)));
		words.add("$" + StartupCacheUse.CACHE_VARIABLE);
		words.add("-jar");
		words.add("${" + JAR_VARIABLE + "}");
		for (String argument : command.subList(jarOption + 2, command.size())) {
			words.add(UnitSyntax.commandWord(argument, false));
		}
		return String.join(" ", words);
	}

}
