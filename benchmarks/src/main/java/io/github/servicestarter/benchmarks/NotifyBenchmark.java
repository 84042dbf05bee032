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

package io.github.servicestarter.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import io.github.servicestarter.platform.Platform;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.SystemdNotifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code WATCHDOG=1} notification, four ways: the starter's notifier, a bare libc
 * {@code sendto} (the floor), libsystemd's {@code sd_notify} through JNA (what jsystemd
 * does), and spawning {@code systemd-notify} (what shell-based integrations do).
 *
 * @author Service Starter contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NotifyBenchmark {

	private static final byte[] WATCHDOG = "WATCHDOG=1".getBytes(StandardCharsets.UTF_8);

	private Path directory;

	private DatagramSink sink;

	private SystemdNotifier starter;

	private int socket;

	private byte[] address;

	private LibSystemd libsystemd;

	private ProcessBuilder systemdNotify;

	@Setup
	public void setUp() throws IOException {
		this.directory = Files.createTempDirectory("notify-benchmark");
		Path path = this.directory.resolve("notify");
		this.sink = new DatagramSink(path);
		NotifySocketAddress notifySocket = NotifySocketAddress.parse(path.toString());
		this.starter = new SystemdNotifier(Platform.current().notifyTransport(notifySocket), path.toString(), null);
		this.address = notifySocket.toSockaddr();
		this.socket = DatagramSink.Libc.socket(1, 2 | 0x80000, 0);
		DatagramSink.Libc.setenv("NOTIFY_SOCKET", path.toString(), 1);
		this.libsystemd = Native.load("systemd", LibSystemd.class);
		this.systemdNotify = new ProcessBuilder("systemd-notify", "WATCHDOG=1");
		this.systemdNotify.environment().put("NOTIFY_SOCKET", path.toString());
	}

	@TearDown
	public void tearDown() throws Exception {
		DatagramSink.Libc.close(this.socket);
		this.sink.close();
		Files.deleteIfExists(this.directory);
	}

	@Benchmark
	public void starterNotifier() {
		this.starter.watchdog();
	}

	@Benchmark
	public NativeLong rawSendto() {
		return DatagramSink.Libc.sendto(this.socket, WATCHDOG, new NativeLong(WATCHDOG.length), 0, this.address,
				this.address.length);
	}

	@Benchmark
	public int libsystemdSdNotify() {
		return this.libsystemd.sd_notify(0, "WATCHDOG=1");
	}

	@Benchmark
	public int spawnSystemdNotify() throws Exception {
		return this.systemdNotify.start().waitFor();
	}

	/**
	 * libsystemd's notification call.
	 */
	public interface LibSystemd extends Library {

		int sd_notify(int unsetEnvironment, String state);

	}

}
