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

package io.github.servicestarter.launch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * What a start-up cache was made for: the installed jar and the JVM, each by the size and
 * the modification time of its files (the jar; the JVM's {@code lib/modules} and its
 * {@code jvm.dll} or {@code libjvm.so}). These are what the JVM itself compares before it
 * uses a class data archive, so a jar the key takes for unchanged is one the JVM takes
 * for unchanged too.
 *
 * @param jar the installed jar's size and time, or {@code unreadable}
 * @param jvm the JVM's sizes and times, or {@code unreadable}
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record StartupCacheKey(String jar, String jvm) {

	/** The key's file in the cache directory. */
	public static final String FILE = "startup-cache.key";

	private static final String UNREADABLE = "unreadable";

	/**
	 * Return the key of a jar run by a JVM, as they are now.
	 * @param jar the installed jar
	 * @param javaHome the JVM's home ({@code java.home})
	 * @return the key
	 */
	public static StartupCacheKey of(Path jar, Path javaHome) {
		String jvm = stamp(javaHome.resolve("lib/modules")) + " "
				+ stamp(javaLibrary(javaHome).orElse(javaHome.resolve("lib/server/libjvm.so")));
		return new StartupCacheKey(stamp(jar), jvm);
	}

	private static Optional<Path> javaLibrary(Path javaHome) {
		return List.of("bin/server/jvm.dll", "lib/server/libjvm.so", "bin/client/jvm.dll")
			.stream()
			.map(javaHome::resolve)
			.filter(Files::isRegularFile)
			.findFirst();
	}

	private static String stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return attributes.size() + "/" + attributes.lastModifiedTime().toMillis();
		}
		catch (IOException ex) {
			return UNREADABLE;
		}
	}

	/**
	 * Read the key a cache was made for.
	 * @param directory the cache directory
	 * @return the key, or {@code null} when there is none or it cannot be read
	 */
	public static @Nullable StartupCacheKey read(Path directory) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(directory.resolve(FILE), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
		String jar = properties.getProperty("jar");
		String jvm = properties.getProperty("jvm");
		return (jar != null && jvm != null) ? new StartupCacheKey(jar, jvm) : null;
	}

	/**
	 * Write this key into a cache directory.
	 * @param directory the cache directory
	 * @throws IOException if it cannot be written
	 */
	public void write(Path directory) throws IOException {
		try (Writer writer = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8)) {
			writer.write("jar=" + this.jar + "\njvm=" + this.jvm + "\n");
		}
	}

	/**
	 * Return why a cache made for a key no longer serves this one.
	 * @param made the key the cache was made for, {@code null} when there is none
	 * @return the reason, or {@code null} when the cache serves
	 */
	public @Nullable String staleness(@Nullable StartupCacheKey made) {
		if (made == null) {
			return "the cache has no key: it was not made, or not to the end";
		}
		if (this.jar.equals(UNREADABLE) || this.jvm.contains(UNREADABLE)) {
			return "the installed jar or the JVM cannot be read";
		}
		if (!this.jar.equals(made.jar)) {
			return "the jar changed since the cache was made";
		}
		if (!this.jvm.equals(made.jvm)) {
			return "the JVM changed since the cache was made";
		}
		return null;
	}

}
