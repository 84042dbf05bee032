package io.github.servicestarter.sample.e2e;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * What an end-to-end suite needs from the machine. Missing prerequisites skip the suite
 * on a developer's machine, with the reason, and fail it under CI ({@code CI=true}),
 * where a skipped suite would hide a broken build.
 */
final class Prerequisites {

	private Prerequisites() {
	}

	static void require(boolean present, String what) {
		if (present) {
			return;
		}
		String message = "End-to-end prerequisite missing: " + what;
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message + " (CI=true: the suite must run)");
		}
		Assumptions.abort(message);
	}

}
