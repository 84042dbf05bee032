package io.github.servicestarter.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.github.servicestarter.manager.HostFacts;
import io.github.servicestarter.testsupport.FakeHostProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

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
				new String[] { "service:install", "--server.port=9090", "--service.install.user=true" }, "app", List.of()))
			.containsExactly("--server.port=9090", "--service.name=app");
		assertThat(ServiceCommandLine.serviceArguments(new String[] { "service:install", "--service.name=mine" }, "mine",
				List.of()))
			.containsExactly("--service.name=mine");
	}

	@Test
	void windowsServiceIsToldItRunsUnderTheScmUnlessTheCommandSaidOtherwise() {
		List<String> windows = List.of("--service.manager=windows");
		assertThat(ServiceCommandLine.serviceArguments(new String[] { "service:install" }, "app", windows))
			.containsExactly("--service.name=app", "--service.manager=windows");
		assertThat(ServiceCommandLine.serviceArguments(new String[] { "service:install", "--service.manager=auto" }, "app",
				windows))
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
