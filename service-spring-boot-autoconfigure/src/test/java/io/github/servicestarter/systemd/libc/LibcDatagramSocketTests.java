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

package io.github.servicestarter.systemd.libc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared sending socket is never closed under a sender: a descriptor number closed
 * between its read and the send could name another file by then.
 */
@EnabledOnOs(OS.LINUX)
class LibcDatagramSocketTests {

	@Test
	void closeWaitsForTheSenderThatHoldsTheDescriptor() throws Exception {
		LibcDatagramSocket socket = new LibcDatagramSocket();
		AtomicReference<Thread> closer = new AtomicReference<>();
		AtomicInteger used = new AtomicInteger(-1);
		socket.withDescriptor((descriptor) -> {
			used.set(descriptor);
			Thread closing = new Thread(socket::close, "closer");
			closing.start();
			closer.set(closing);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (closing.getState() != Thread.State.WAITING && closing.getState() != Thread.State.TERMINATED
					&& System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			assertThat(closing.getState()).as("close waits while the descriptor is in use")
				.isEqualTo(Thread.State.WAITING);
			assertThat(Files.exists(Path.of("/proc/self/fd/" + descriptor))).isTrue();
		});
		closer.get().join(TimeUnit.SECONDS.toMillis(10));
		assertThat(closer.get().isAlive()).isFalse();
		assertThat(Files.exists(Path.of("/proc/self/fd/" + used.get()))).as("closed once the sender is done").isFalse();
	}

}
