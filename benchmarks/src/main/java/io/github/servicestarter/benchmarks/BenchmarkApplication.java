package io.github.servicestarter.benchmarks;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application that {@code benchmarks/run.sh} starts, scrapes and stops, packaged once
 * with the starter and once without it (the baseline). It references no class of the
 * starter.
 *
 * @author Service Starter contributors
 */
@SpringBootApplication
@RestController
public class BenchmarkApplication {

	public static void main(String[] args) {
		SpringApplication.run(BenchmarkApplication.class, args);
	}

	@GetMapping("/")
	Map<String, String> hello() {
		return Map.of("hello", "world");
	}

}
