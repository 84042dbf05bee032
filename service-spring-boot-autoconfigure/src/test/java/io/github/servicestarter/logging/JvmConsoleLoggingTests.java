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

package io.github.servicestarter.logging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link JvmConsoleLogging}: the {@code VM.log} commands it derives from the
 * outputs a JVM lists, and a real JVM whose console logging it moves to a file.
 */
class JvmConsoleLoggingTests {

	private static final String JDK_17_LIST = """
			Available log levels: off, trace, debug, info, warning, error
			Log output configuration:
			 #0: stdout all=warning,gc*=info,class+load=info uptime,level,tags
			 #1: stderr all=off,safepoint=info time
			 #2: file=C:\\logs\\gc out.log all=off,gc=debug uptime filecount=5,filesize=20480K,async=false
			""";

	private static final String JDK_25_LIST = """
			Log output configuration:
			 #0: stdout all=warning uptime,level,tags foldmultilines=false
			 #1: stderr all=off uptime,level,tags foldmultilines=false
			""";

	@TempDir
	Path directory;

	private final List<String> commands = new ArrayList<>();

	@Test
	void eachConsoleOutputGoesToTheRotatedFileWithItsSelectionsAndIsTurnedOff() {
		Path file = Path.of("C:\\ProgramData\\My Svc\\logs\\Svc.jvm.log");
		assertThat(JvmConsoleLogging.moveTo(file, answering(JDK_17_LIST))).containsExactly("stdout", "stderr");
		assertThat(this.commands).containsExactly("list",
				"output=\"file=C:\\ProgramData\\My Svc\\logs\\Svc.jvm.log\" what=all=warning,gc*=info,class+load=info "
						+ "decorators=uptime,level,tags output_options=filecount=5,filesize=10m",
				"output=#0 what=all=off",
				"output=\"file=C:\\ProgramData\\My Svc\\logs\\Svc.jvm.log\" what=safepoint=info decorators=time",
				"output=#1 what=all=off");
	}

	@Test
	void outputsThatLogNothingAreLeftAlone() {
		Path file = this.directory.resolve("jvm.log");
		assertThat(JvmConsoleLogging.moveTo(file, answering(JDK_25_LIST))).containsExactly("stdout");
		assertThat(this.commands).containsExactly("list", "output=\"file=" + file
				+ "\" what=all=warning decorators=uptime,level,tags output_options=" + JvmConsoleLogging.ROTATION,
				"output=#0 what=all=off");
	}

	@Test
	void whatTheJvmRefusesIsReportedWithTheCommand() {
		assertThatIllegalStateException()
			.isThrownBy(() -> JvmConsoleLogging.moveTo(this.directory.resolve("jvm.log"), (arguments) -> {
				String command = String.join(" ", arguments);
				return command.equals("list") ? JDK_25_LIST : "Invalid output index '#0'\n";
			}))
			.withMessageContaining("output=")
			.withMessageContaining("Invalid output index '#0'");
	}

	@Test
	void aRealJvmLogsToTheFileAndNoLongerToItsConsole() throws Exception {
		Path file = this.directory.resolve("logs dir/app.jvm.log");
		Files.createDirectories(file.getParent());
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xlog:gc:stdout", "-Xlog:safepoint=info:stderr", "-cp", System.getProperty("java.class.path"),
				MovingJvm.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		String console = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(jvm.exitValue()).as(console).isZero();
		assertThat(console).contains("moved [stdout, stderr]");
		String afterTheMove = console.substring(console.indexOf("moved ["));
		assertThat(afterTheMove).doesNotContain("[gc]").doesNotContain("Safepoint");
		assertThat(Files.readString(file)).contains("[gc] GC(").contains("Pause Full (System.gc())");
	}

	private Function<String[], String> answering(String list) {
		return (arguments) -> {
			String command = String.join(" ", arguments);
			this.commands.add(command);
			return command.equals("list") ? list : "";
		};
	}

	/**
	 * A JVM that moves its console logging to the file named by its argument, then
	 * collects.
	 */
	public static final class MovingJvm {

		public static void main(String[] args) {
			System.out.println("moved " + JvmConsoleLogging.moveTo(Path.of(args[0])));
			System.out.flush();
			System.gc();
			System.out.println("collected");
		}

	}

}
