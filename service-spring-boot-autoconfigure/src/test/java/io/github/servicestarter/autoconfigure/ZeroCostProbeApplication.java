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
