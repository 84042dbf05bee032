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

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.jspecify.annotations.Nullable;

/**
 * The main class of a Windows service that starts from its start-up cache. Its class path
 * is the extracted jar, then the installed jar:
 * {@code -cp <cache>\extracted\<app>.jar;<installed>.jar}. When the cache's
 * {@link StartupCacheKey key} still matches the installed jar and the JVM, it runs the
 * extracted application's main class (the JVM maps the class data archive made for this
 * class path). Otherwise it never runs the extracted classes: it runs the installed jar
 * through that jar's own launcher, in a class loader whose parent is the platform class
 * loader: the archive's application classes belong to the application class loader, which
 * that loader never asks.
 * <p>
 * Either way it sets {@link #LAUNCHED_PROPERTY}, and {@link #STALE_PROPERTY} to the
 * reason when the cache is stale, for the application to report.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class StartupCacheLauncher {

	/** Set to {@code true} by the launcher. */
	public static final String LAUNCHED_PROPERTY = "servicestarter.startup-cache.launched";

	/** Set to why the cache is stale, when it is. */
	public static final String STALE_PROPERTY = "servicestarter.startup-cache.stale";

	private StartupCacheLauncher() {
	}

	/**
	 * Run the application from the cache, or from the installed jar when the cache is
	 * stale.
	 * @param args the application's arguments
	 * @throws Throwable what the application's main method throws
	 */
	public static void main(String[] args) throws Throwable {
		String[] classPath = System.getProperty("java.class.path", "").split(File.pathSeparator);
		if (classPath.length != 2) {
			throw new IllegalStateException("The start-up cache's launcher needs the class path "
					+ "<cache>\\extracted\\<app>.jar" + File.pathSeparator + "<installed>.jar, not "
					+ String.join(File.pathSeparator, classPath));
		}
		Path extracted = Path.of(classPath[0]).toAbsolutePath();
		Path installed = Path.of(classPath[1]).toAbsolutePath();
		String stale = staleness(extracted, installed, Path.of(System.getProperty("java.home")));
		System.setProperty(LAUNCHED_PROPERTY, "true");
		if (stale == null) {
			run(mainClass(extracted), ClassLoader.getSystemClassLoader(), args);
		}
		else {
			System.setProperty(STALE_PROPERTY, stale);
			URLClassLoader loader = new URLClassLoader(new URL[] { installed.toUri().toURL() },
					ClassLoader.getPlatformClassLoader());
			Thread.currentThread().setContextClassLoader(loader);
			run(mainClass(installed), loader, args);
		}
	}

	/**
	 * Return why the cache of an extracted jar does not serve the installed jar run by a
	 * JVM.
	 * @param extracted the extracted jar, in the cache's {@code extracted} directory
	 * @param installed the installed jar
	 * @param javaHome the JVM's home
	 * @return the reason, or {@code null} when it serves
	 */
	static @Nullable String staleness(Path extracted, Path installed, Path javaHome) {
		Path extractedDirectory = extracted.getParent();
		Path cache = (extractedDirectory != null) ? extractedDirectory.getParent() : null;
		StartupCacheKey made = (cache != null) ? StartupCacheKey.read(cache) : null;
		return StartupCacheKey.of(installed, javaHome).staleness(made);
	}

	/**
	 * Return the main class a jar's manifest names.
	 * @param jar the jar
	 * @return the {@code Main-Class}
	 * @throws IOException if the jar cannot be read or names none
	 */
	public static String mainClass(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			String mainClass = (manifest != null) ? manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS)
					: null;
			if (mainClass == null) {
				throw new IOException(jar + " names no Main-Class in its manifest");
			}
			return mainClass;
		}
	}

	private static void run(String mainClass, ClassLoader loader, String[] args) throws Throwable {
		Method main = Class.forName(mainClass, false, loader).getMethod("main", String[].class);
		try {
			main.invoke(null, (Object) args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
