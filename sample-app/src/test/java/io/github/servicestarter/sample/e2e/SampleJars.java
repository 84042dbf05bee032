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
