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

import java.util.TreeSet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Application run in a forked JVM by {@link ZeroCostTests}: starts with every
 * auto-configuration on the test class path, then prints the names of its live threads.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ZeroCostProbeApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ZeroCostProbeApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run(args)) {
			TreeSet<String> names = new TreeSet<>();
			Thread.getAllStackTraces().keySet().forEach((thread) -> names.add(thread.getName()));
			System.out.println("THREADS=" + String.join(",", names));
		}
	}

}
