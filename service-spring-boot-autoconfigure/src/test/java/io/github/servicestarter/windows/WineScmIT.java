package io.github.servicestarter.windows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter's Windows core as a service of Wine's real Service Control Manager, driven with
 * {@code sc}: status sequence with checkpoints, the stop path, a failing start, and the
 * resource reader inside the service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WineScmIT {

	private static final int START_PENDING = 2;

	private static final int STOP_PENDING = 3;

	private static final int RUNNING = 4;

	private static final int STOPPED = 1;

	@RegisterExtension
	static final WineServiceControlManager wine = new WineServiceControlManager();

	private static Path log;

	@Test
	@Order(1)
	void startReportsStartPendingWithGrowingCheckpointsThenRunning() throws Exception {
		log = wine.createHarnessService("StarterSvc", 4, 3, false);
		wine.sc("start", "StarterSvc");
		List<Map<String, String>> seen = pollUntil("StarterSvc", RUNNING);
		List<Integer> checkpoints = seen.stream()
			.filter((status) -> state(status) == START_PENDING)
			.map((status) -> Integer.decode(status.get("CHECKPOINT")))
			.distinct()
			.toList();
		assertThat(checkpoints).as("START_PENDING checkpoints").hasSizeGreaterThanOrEqualTo(3).isSorted();
		assertThat(seen).allSatisfy((status) -> assertThat(state(status)).isIn(START_PENDING, RUNNING));
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("running"));
		String harness = Files.readString(log);
		assertThat(harness).contains("detected parent process is services.exe");
		Matcher resources = Pattern.compile("resident=([0-9.E]+) threads=([0-9.]+)").matcher(harness);
		assertThat(resources.find()).as(harness).isTrue();
		assertThat(Double.parseDouble(resources.group(1))).as("working set").isGreaterThan(10_000_000);
		assertThat(Double.parseDouble(resources.group(2))).as("threads").isGreaterThan(1);
	}

	@Test
	@Order(2)
	void stopReportsStopPendingWithGrowingCheckpointsThenStoppedWithExitZero() throws Exception {
		wine.sc("stop", "StarterSvc");
		List<Map<String, String>> seen = pollUntil("StarterSvc", STOPPED);
		List<Integer> checkpoints = seen.stream()
			.filter((status) -> state(status) == STOP_PENDING)
			.map((status) -> Integer.decode(status.get("CHECKPOINT")))
			.distinct()
			.toList();
		assertThat(checkpoints).as("STOP_PENDING checkpoints").hasSizeGreaterThanOrEqualTo(2).isSorted();
		Map<String, String> stopped = seen.get(seen.size() - 1);
		assertThat(stopped).containsEntry("WIN32_EXIT_CODE", "0").containsEntry("SERVICE_EXIT_CODE", "0");
		assertThat(Files.readString(log)).contains("stop requested").contains("stopped");
	}

	@Test
	@Order(3)
	void failingStartStopsWithServiceSpecificError() throws Exception {
		Path failing = wine.createHarnessService("StarterFail", 1, 0, true);
		wine.sc("start", "StarterFail");
		List<Map<String, String>> seen = pollUntil("StarterFail", STOPPED);
		assertThat(seen.get(seen.size() - 1)).containsEntry("WIN32_EXIT_CODE", "1066")
			.containsEntry("SERVICE_EXIT_CODE", Integer.toString(WindowsService.STARTUP_FAILURE_EXIT_CODE));
		assertThat(Files.readString(failing)).contains("start-up failed");
	}

	private static List<Map<String, String>> pollUntil(String service, int state) {
		List<Map<String, String>> seen = new ArrayList<>();
		await(service + " to reach state " + state).atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				Map<String, String> status = wine.query(service);
				seen.add(status);
				return state(status) == state;
			});
		return seen;
	}

	private static int state(Map<String, String> status) {
		return Integer.parseInt(status.getOrDefault("STATE", "0"));
	}

}
