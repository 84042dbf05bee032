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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.github.servicestarter.systemd.StartupCacheUnit;
import org.jspecify.annotations.Nullable;

/**
 * Whether and how an installed service keeps a start-up cache: the class data archive
 * kind the service's JVM makes (a dynamic CDS archive on JDK 17 to 24, an AOT cache from
 * JDK 25), and the training run's command line, which is the service's own with the
 * archive's output, {@code -Dspring.context.exit=onRefresh} and
 * {@code -Dservice.manager=none} added and the training arguments after the service's.
 *
 * @author Service Starter contributors
 */
final class StartupCachePlan {

	/**
	 * What a path must look like to stand in the cache's environment file and variables.
	 */
	private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9._/+@:,=-]+");

	private final String archiveName;

	private final String archiveOption;

	private final String trainingOption;

	private final boolean aotCache;

	private StartupCachePlan(boolean aotCache, String archiveName, String archiveOption, String trainingOption) {
		this.aotCache = aotCache;
		this.archiveName = archiveName;
		this.archiveOption = archiveOption;
		this.trainingOption = trainingOption;
	}

	/**
	 * Return the plan for a JVM.
	 * @param feature the JVM's feature release ({@code Runtime.version().feature()})
	 * @return an AOT cache from 25 on, a dynamic CDS archive before
	 */
	static StartupCachePlan forJvm(int feature) {
		return (feature >= 25) ? new StartupCachePlan(true, "application.aot", "-XX:AOTCache=", "-XX:AOTCacheOutput=")
				: new StartupCachePlan(false, "application.jsa", "-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=");
	}

	/**
	 * Whether this JVM makes an AOT cache, rather than a CDS archive.
	 * @return {@code true} from JDK 25
	 */
	boolean aotCache() {
		return this.aotCache;
	}

	/**
	 * Return the archive's file name.
	 * @return {@code application.aot} or {@code application.jsa}
	 */
	String archiveName() {
		return this.archiveName;
	}

	/**
	 * Return the JVM option that uses an archive; its path follows.
	 * @return {@code -XX:AOTCache=} or {@code -XX:SharedArchiveFile=}
	 */
	String archiveOption() {
		return this.archiveOption;
	}

	/**
	 * Return the JVM option with which a training run writes an AOT cache; its path
	 * follows.
	 * @return {@code -XX:AOTCacheOutput=}, or the dynamic CDS archive's option before JDK
	 * 25
	 */
	String trainingOption() {
		return this.trainingOption;
	}

	/**
	 * Return why a cache cannot be kept for these paths, or {@code null} when it can: the
	 * paths stand unquoted in systemd's environment file and in
	 * {@code $SERVICE_STARTUP_CACHE}, which systemd splits at white space.
	 * @param directory the cache directory
	 * @param jar the installed jar
	 * @return the reason, or {@code null}
	 */
	static @Nullable String unsupported(Path directory, Path jar) {
		for (Path path : List.of(directory, jar)) {
			if (!PLAIN_PATH.matcher(path.toString()).matches()) {
				return path + " holds characters other than letters, digits and ._/+@:,=- , which the cache's "
						+ "environment file cannot carry";
			}
		}
		return null;
	}

	/**
	 * Return the unit's start-up cache.
	 * @param directory the cache directory, written by root only
	 * @param stateDirectory the service's state directory, where the training run writes
	 * @param command the service's command line: java, options, {@code -jar}, the jar,
	 * arguments
	 * @param trainingArguments the arguments for the training run alone
	 * @return the cache
	 */
	StartupCacheUnit unit(Path directory, Path stateDirectory, List<String> command, List<String> trainingArguments) {
		int jarOption = command.indexOf("-jar");
		Path java = Path.of(command.get(0));
		Path jar = Path.of(command.get(jarOption + 1));
		Path trainingDirectory = stateDirectory.resolve("startup-cache-training");
		List<String> training = new ArrayList<>(command.subList(0, jarOption));
		training.add(this.trainingOption + trainingDirectory.resolve(this.archiveName));
		training.add("-Dspring.context.exit=onRefresh");
		// The starter stays out of a training run: no notification, no restart journal
		// entry.
		training.add("-Dservice.manager=none");
		training.add("-jar");
		training.add(StartupCacheUnit.extractedJar(directory, jar).toString());
		training.addAll(command.subList(jarOption + 2, command.size()));
		training.addAll(trainingArguments);
		return new StartupCacheUnit(directory, java, jar, this.archiveName, this.archiveOption, training,
				trainingDirectory);
	}

}
