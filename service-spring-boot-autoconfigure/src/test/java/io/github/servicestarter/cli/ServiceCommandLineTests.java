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

package io.github.servicestarter.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServiceCommandLine}.
 */
@EnabledOnOs(OS.LINUX)
class ServiceCommandLineTests {

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final MockEnvironment environment = new MockEnvironment();

	private HostFacts host = host("root");

	@Test
	void systemInstallWithoutRootSaysHowToInstallAUserUnit() {
		this.host = host("someone");
		this.environment.setProperty("service.name", "app");
		this.environment.setProperty("service.install.user", "false");
		assertThat(run(ServiceCommand.INSTALL)).isEqualTo(CommandResult.NO_PERMISSION);
		assertThat(printed()).contains("needs root").contains("--service.install.user=true");
	}

	@Test
	void invalidNameIsRefused() {
		this.environment.setProperty("service.name", "my app");
		assertThat(run(ServiceCommand.UNIT)).isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("'my app' cannot name a service").contains("--service.name=");
	}

	@Test
	void outsideAJarThereIsNothingToInstall() {
		this.environment.setProperty("service.name", "app");
		this.environment.setProperty("service.install.user", "true");
		assertThat(run(ServiceCommand.UNIT)).isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("needs the application packaged as an executable jar");
	}

	@Test
	void serviceRunsUnderTheNameItWasInstalledUnder() {
		assertThat(ServiceCommandLine.serviceArguments(
				new String[] { "service:install", "--server.port=9090", "--service.install.user=true" }, "app",
				List.of()))
			.containsExactly("--server.port=9090", "--service.name=app");
		assertThat(ServiceCommandLine.serviceArguments(new String[] { "service:install", "--service.name=mine" },
				"mine", List.of()))
			.containsExactly("--service.name=mine");
	}

	@Test
	void windowsServiceIsToldItRunsUnderTheScmUnlessTheCommandSaidOtherwise() {
		List<String> windows = List.of("--service.manager=windows");
		assertThat(ServiceCommandLine.serviceArguments(new String[] { "service:install" }, "app", windows))
			.containsExactly("--service.name=app", "--service.manager=windows");
		assertThat(ServiceCommandLine.serviceArguments(new String[] { "service:install", "--service.manager=auto" },
				"app", windows))
			.containsExactly("--service.manager=auto", "--service.name=app");
	}

	@Test
	void windowsServiceCarriesTheStartWaitHintItReadsBeforeApplicationYml() {
		this.environment.setProperty("service.startup.progress-timeout", "45s");
		assertThat(WindowsInstallPlan.impliedArguments(Binder.get(this.environment)))
			.containsExactly("--service.manager=windows", "--service.startup.progress-timeout=45000ms");
		assertThat(WindowsInstallPlan.impliedArguments(Binder.get(new MockEnvironment())))
			.containsExactly("--service.manager=windows");
	}

	@Test
	void aLineBreakInTheDescriptionIsRefusedNamingTheSettingAndWhereItWasSet() {
		assertThat(unit("--service.install.description=x\n[Service]\nExecStartPre=+/usr/bin/touch /root/pwned"))
			.isEqualTo(CommandResult.INVALID);
		assertThat(printed())
			.contains("Refused service.install.description (set in the command line): "
					+ "'x\\n[Service]\\nExecStartPre=+/usr/bin/touch /root/pwned' cannot be written: it contains the "
					+ "control character \\n")
			.contains("Nothing was installed or changed.")
			.doesNotContain("\n[Service]", "ExecStart=");
	}

	@Test
	void runAsRootFromAFileIsRefusedAndTakenFromTheCommandLineWithItsFlag() {
		this.environment.setProperty("service.install.run-as", "root");
		assertThat(unit()).isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("Refused service.install.run-as (set in ")
			.contains("runs the service as root")
			.contains("--service.install.allow-root=true");
		this.environment.setProperty("service.install.allow-root", "true");
		assertThat(unit()).as("the flag from a file counts for nothing").isEqualTo(CommandResult.INVALID);
		assertThat(unit("--service.install.run-as=root", "--service.install.allow-root=true"))
			.isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("User=root\n");
	}

	@Test
	void agentsInJvmOptionsAreTakenFromTheCommandLineOnlyWithTheirFlag() {
		for (String agent : List.of("-javaagent:/home/alice/evil.jar", "-agentpath:/tmp/libjdwp.so", "-Xrunhprof",
				"-agentlib:jdwp=transport=dt_socket", "-XX:OnOutOfMemoryError=/tmp/x")) {
			this.output.reset();
			this.environment.setProperty("service.install.jvm-options", agent);
			assertThat(unit()).as(agent).isEqualTo(CommandResult.INVALID);
			assertThat(printed()).contains("Refused service.install.jvm-options (set in ")
				.contains("loads code into the service's JVM");
			assertThat(unit("--service.install.allow-agents=true")).as(agent).isEqualTo(CommandResult.INVALID);
		}
		this.environment.getPropertySources().remove("mockProperties");
		this.output.reset();
		assertThat(
				unit("--service.install.jvm-options=-javaagent:/opt/agent.jar", "--service.install.allow-agents=true"))
			.isEqualTo(CommandResult.OK);
		assertThat(printed()).contains(" -javaagent:/opt/agent.jar $SERVICE_STARTUP_CACHE -jar ${SERVICE_JAR} ");
	}

	@Test
	void aJvmOptionSplitAtItsCommaIsRefusedWithTheIndexedForm() {
		assertThat(unit("--service.install.jvm-options=-Dlist=a,b")).isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("'b' is not a JVM option").contains("jvm-options[0]=-Dlist=a,b");
		this.output.reset();
		assertThat(unit("--service.install.jvm-options[0]=-Dlist=a,b")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains(" -Dlist=a,b $SERVICE_STARTUP_CACHE -jar ");
	}

	@Test
	void socketUnitAddressMustBeAnIpLiteralFromAnySource() {
		this.environment.setProperty("server.address", "8081\nExecStartPre=/usr/bin/touch /root/pwned\nX-Rest=");
		assertThat(unit("--service.install.socket-activation=true")).isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("Refused server.address (set in ")
			.contains("IP address literal")
			.doesNotContain("\nExecStartPre");
		this.output.reset();
		this.environment.setProperty("server.address", "localhost");
		assertThat(unit("--service.install.socket-activation=true")).isEqualTo(CommandResult.INVALID);
		this.environment.setProperty("server.address", "::1");
		assertThat(unit("--service.install.socket-activation=true", "--server.port=0"))
			.isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("server.port (set in the command line)").contains("fixed port");
		this.output.reset();
		assertThat(unit("--service.install.socket-activation=true", "--server.port=9090")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("ListenStream=[::1]:9090\n");
	}

	@Test
	void anArgumentWithALineBreakIsRefusedAndOneWithSpecifiersEscaped() {
		assertThat(unit("--app.greeting=a\rb")).isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("Refused the argument: '--app.greeting=a\\rb'");
		this.output.reset();
		assertThat(unit("--app.greeting=100% $HOME\\")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains(" \"--app.greeting=100%% $$HOME\\\\\"\n");
	}

	@Test
	void trainingArgumentsAreRefusedWithALineBreakAndEscapedWithSpecifiers() {
		assertThat(unit("--service.install.training-arguments[0]=--a=b\nExecStartPre=+/usr/bin/touch /root/pwned"))
			.isEqualTo(CommandResult.INVALID);
		assertThat(printed()).contains("Refused service.install.training-arguments (set in the command line): ")
			.contains("Nothing was installed or changed.")
			.doesNotContain("\nExecStartPre=+/usr/bin/touch");
		for (String hostile : List.of("--a=b\rc", "--a=" + "b".repeat(70_000))) {
			this.output.reset();
			assertThat(unit("--service.install.training-arguments[0]=" + hostile)).isEqualTo(CommandResult.INVALID);
			assertThat(printed()).contains("Refused service.install.training-arguments");
		}
		this.output.reset();
		assertThat(unit("--service.install.training-arguments[0]=--name=Jürgen\\")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains(" \"--name=Jürgen\\\\\"\n");
		this.output.reset();
		assertThat(unit("--service.install.training-arguments[0]=--discount=100% $HOME")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains(" \"--discount=100%% $$HOME\"\n")
			.as("the training run's alone")
			.doesNotContainPattern("ExecStart=.*discount");
		this.output.reset();
		assertThat(unit("--service.install.startup-cache=false")).isEqualTo(CommandResult.OK);
		assertThat(printed()).contains("ExecStart=/")
			.contains(" -jar /opt/app/app.jar ")
			.doesNotContain("ExecStartPre=");
	}

	private int unit(String... arguments) {
		List<String> args = new ArrayList<>(List.of("service:unit", "--service.name=app"));
		args.addAll(List.of(arguments));
		this.environment.getPropertySources().remove("commandLineArgs");
		this.environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource(args.toArray(String[]::new)));
		return new ServiceCommandLine(args.toArray(String[]::new), this.environment, Path.of("/opt/app/app.jar"),
				this.host, new PrintStream(this.output, true, StandardCharsets.UTF_8))
			.run(ServiceCommand.UNIT);
	}

	private int run(ServiceCommand command) {
		return new ServiceCommandLine(new String[] { "service:" + command.commandName() }, this.environment, null,
				this.host, new PrintStream(this.output, true, StandardCharsets.UTF_8))
			.run(command);
	}

	private static HostFacts host(String userName) {
		return new HostFacts(new FakeHostProcess(), false, userName, Path.of("/home", userName), () -> {
			throw new AssertionError("ProgramData is asked for on Windows only");
		});
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
