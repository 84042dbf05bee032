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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Small executable jars that say their version, for the tests of jar replacement.
 */
final class JarReplacementTestJars {

	private JarReplacementTestJars() {
	}

	static Path jar(Path path, String version) throws IOException {
		Files.createDirectories(path.getParent());
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "example.Main");
		try (JarOutputStream output = new JarOutputStream(Files.newOutputStream(path), manifest)) {
			output.putNextEntry(new JarEntry("version.txt"));
			output.write(version.getBytes(StandardCharsets.UTF_8));
		}
		return path;
	}

	static String version(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return version(file);
		}
	}

	static String version(JarFile jar) throws IOException {
		return new String(jar.getInputStream(jar.getEntry("version.txt")).readAllBytes(), StandardCharsets.UTF_8);
	}

}
