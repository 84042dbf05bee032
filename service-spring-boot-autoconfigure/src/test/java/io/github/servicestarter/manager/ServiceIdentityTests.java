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

package io.github.servicestarter.manager;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceIdentity}.
 */
class ServiceIdentityTests {

	private static final Supplier<Path> NO_PROGRAM_DATA = () -> {
		throw new AssertionError("the ProgramData known folder is asked for on Windows only");
	};

	private final Map<String, String> settings = new HashMap<>();

	private final HostFacts root = new HostFacts(new FakeHostProcess(), false, "root", Path.of("/root"),
			NO_PROGRAM_DATA);

	@Test
	void configuredNameWinsOverEveryFallback() {
		this.settings.put("service.name", "billing");
		this.settings.put("spring.application.name", "billing-app");
		assertThat(resolve("app.service", Path.of("/opt/app.jar")).name()).isEqualTo("billing");
	}

	@Test
	void theUnitComesBeforeTheApplicationName() {
		this.settings.put("spring.application.name", "billing-app");
		ServiceIdentity identity = resolve("orders.service", null);
		assertThat(identity.name()).isEqualTo("orders");
		assertThat(identity.unit()).isEqualTo("orders.service");
	}

	@Test
	void theApplicationNameComesBeforeTheJar() {
		this.settings.put("spring.application.name", "billing-app");
		assertThat(resolve(null, Path.of("/opt/app.jar")).name()).isEqualTo("billing-app");
	}

	@Test
	void theJarNamesWhatNothingElseNames() {
		assertThat(resolve(null, Path.of("/opt/my-app.jar")).name()).isEqualTo("my-app");
		assertThat(resolve(null, null).name()).isEqualTo("application");
	}

	@Test
	void theNameAloneFollowsTheSameChain() {
		this.settings.put("spring.application.name", "billing-app");
		assertThat(ServiceIdentity.resolveName(this.settings::get, "orders.service", null)).isEqualTo("orders");
		assertThat(ServiceIdentity.resolveName(this.settings::get, null, Path.of("/opt/app.jar")))
			.isEqualTo("billing-app");
		this.settings.clear();
		assertThat(ServiceIdentity.resolveName(this.settings::get, null, Path.of("/opt/app.jar"))).isEqualTo("app");
	}

	@Test
	void blankSettingsCountAsUnset() {
		this.settings.put("service.name", " ");
		this.settings.put("service.state-directory", "");
		ServiceIdentity identity = resolve("orders.service", null);
		assertThat(identity.name()).isEqualTo("orders");
		assertThat(identity.stateDirectory()).isEqualTo(Path.of("/var/lib/orders"));
	}

	@Test
	void configuredStateDirectoryWins() {
		this.settings.put("service.state-directory", "/srv/state");
		assertThat(resolve(null, null).stateDirectory()).isEqualTo(Path.of("/srv/state"));
	}

	@Test
	void systemdStateDirectoryWinsOverTheDefault() {
		FakeHostProcess process = new FakeHostProcess().env("STATE_DIRECTORY", "/var/lib/app:/var/lib/other");
		HostFacts host = new HostFacts(process, false, "app", Path.of("/home/app"), NO_PROGRAM_DATA);
		assertThat(host.defaultStateDirectory("app")).isEqualTo(Path.of("/var/lib/app"));
	}

	@Test
	void rootUsesVarLib() {
		assertThat(this.root.defaultStateDirectory("app")).isEqualTo(Path.of("/var/lib/app"));
	}

	@Test
	void otherUsersUseTheXdgStateHome() {
		HostFacts ann = new HostFacts(new FakeHostProcess(), false, "ann", Path.of("/home/ann"), NO_PROGRAM_DATA);
		assertThat(ann.defaultStateDirectory("app")).isEqualTo(Path.of("/home/ann/.local/state/app"));
		HostFacts xdg = new HostFacts(new FakeHostProcess().env("XDG_STATE_HOME", "/xdg"), false, "ann",
				Path.of("/home/ann"), NO_PROGRAM_DATA);
		assertThat(xdg.defaultStateDirectory("app")).isEqualTo(Path.of("/xdg/app"));
	}

	@Test
	void windowsUsesTheProgramDataKnownFolderNotTheVariable() {
		// The installer's and the service account's %ProgramData% may differ; the known
		// folder does not.
		FakeHostProcess process = new FakeHostProcess().env("ProgramData", "C:\\Users\\admin\\AppData");
		HostFacts windows = new HostFacts(process, true, "root", Path.of("C:\\Users\\svc"), () -> Path.of("D:\\Data"));
		assertThat(windows.defaultStateDirectory("app")).isEqualTo(Path.of("D:\\Data", "app"));
		assertThat(windows.isRoot()).isFalse();
	}

	@Test
	void namesAreCheckedForEveryManager() {
		assertThat(new ServiceIdentity("my app", null, Path.of("/x")).hasValidName()).isFalse();
		assertThat(new ServiceIdentity("my-app@1.2_x", null, Path.of("/x")).hasValidName()).isTrue();
	}

	private ServiceIdentity resolve(String unit, Path jar) {
		return ServiceIdentity.resolve(this.settings::get, unit, jar, this.root);
	}

}
