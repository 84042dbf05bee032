package io.github.servicestarter.sample.jetty;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot web application on Jetty with the starter: one page that says which
 * process answered.
 *
 * @author Service Starter contributors
 */
@SpringBootApplication
@RestController
public class SampleJettyApplication {

	/**
	 * Answer with the process id, so that a test sees which run served a request.
	 * @return the process id
	 */
	@GetMapping("/hello")
	Map<String, Long> hello() {
		return Map.of("pid", ProcessHandle.current().pid());
	}

	public static void main(String[] args) {
		SpringApplication.run(SampleJettyApplication.class, args);
	}

}
