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

package io.github.servicestarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code service.*} key the code reads, by name, is in the configuration metadata
 * that IDEs show: the metadata the annotation processor generates from the
 * {@code @ConfigurationProperties} classes, {@code ServiceProperties} included for the
 * keys read before the application context exists.
 */
class ConfigurationMetadataTests {

	/**
	 * A key passed to a binder or an environment, named in a condition, or held in a
	 * constant for a resolver to read.
	 */
	private static final Pattern KEY_READ = Pattern
		.compile("(?:bind|bindOrCreate|getProperty|containsProperty|apply)\\((?:binder, )?\"(service\\.[a-z0-9.-]+)\""
				+ "|(?:name|prefix) = \"(service\\.[a-z0-9.-]+)\""
				+ "|String [A-Z_]+_PROPERTY = \"(service\\.[a-z0-9.-]+)\"");

	@Test
	void everyKeyTheCodeReadsIsInTheMetadata() throws IOException {
		Set<String> read = keysRead(Path.of("src/main/java"));
		assertThat(read).as("keys found in the sources")
			.hasSizeGreaterThan(10)
			.contains("service.logging.journal.mode", "service.state-directory", "service.enabled", "service.manager");
		String metadata;
		try (InputStream input = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			metadata = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> known = new ArrayList<>(JsonPath.<List<String>>read(metadata, "$.properties[*].name"));
		known.addAll(JsonPath.<List<String>>read(metadata, "$.groups[*].name"));
		assertThat(known).containsAll(read);
	}

	private static Set<String> keysRead(Path sources) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_READ.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add((matcher.group(1) != null) ? matcher.group(1)
							: (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3));
				}
			}
		}
		return keys;
	}

}
