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
