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

package io.github.servicestarter.sample.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Other builds of the sample fat jar: a copy with {@code config/application.properties}
 * added to its classes, which Spring Boot reads before the jar's {@code application.yml}
 * (a new {@code sample.version}, or a setting that fails the start). Nested jars stay
 * stored, as Spring Boot's loader needs them.
 */
final class SampleJars {

	private SampleJars() {
	}

	static void withProperties(Path target, String properties) throws IOException {
		Files.createDirectories(target.getParent());
		try (ZipFile source = new ZipFile(SampleUnit.jar().toFile());
				ZipOutputStream output = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : Collections.list(source.entries())) {
				ZipEntry copy = new ZipEntry(entry);
				if (copy.getMethod() == ZipEntry.DEFLATED) {
					copy.setCompressedSize(-1);
				}
				output.putNextEntry(copy);
				try (InputStream input = source.getInputStream(entry)) {
					input.transferTo(output);
				}
				output.closeEntry();
			}
			output.putNextEntry(new ZipEntry("BOOT-INF/classes/config/application.properties"));
			output.write(properties.getBytes(StandardCharsets.ISO_8859_1));
			output.closeEntry();
		}
	}

}
