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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import io.github.servicestarter.systemd.MemoryPressureWatch;
import io.github.servicestarter.systemd.PressureTrigger;

/**
 * A pressure trigger through libc: {@code open} the pressure file read-write and
 * non-blocking, {@code write} the trigger, then {@code poll} for {@code POLLPRI} (the
 * kernel's "psi" documentation, "Userspace monitor usage").
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class LibcPressureTrigger implements PressureTrigger {

	private static final int O_RDWR = 2;

	private static final int O_NONBLOCK = 0x800;

	private static final int O_CLOEXEC = 0x80000;

	private static final short POLLPRI = 0x2;

	private static final short POLLERR = 0x8;

	private static final int EINTR = 4;

	static {
		Native.register("c");
	}

	private final int descriptor;

	private LibcPressureTrigger(int descriptor) {
		this.descriptor = descriptor;
	}

	/**
	 * Set the trigger systemd asked for.
	 * @param watch the pressure file and the trigger
	 * @return the trigger
	 * @throws IOException if the file cannot be opened or refuses the trigger
	 */
	public static PressureTrigger open(MemoryPressureWatch watch) throws IOException {
		int descriptor;
		try {
			descriptor = open(watch.file().toString(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
		}
		catch (LastErrorException ex) {
			throw new IOException("cannot open " + watch.file() + ": " + ex.getMessage(), ex);
		}
		try {
			// The kernel takes the trigger with its terminating NUL.
			byte[] trigger = new byte[watch.trigger().length + 1];
			System.arraycopy(watch.trigger(), 0, trigger, 0, watch.trigger().length);
			write(descriptor, trigger, new NativeLong(trigger.length));
		}
		catch (LastErrorException ex) {
			close(descriptor);
			throw new IOException(watch + " refused the trigger: " + ex.getMessage(), ex);
		}
		return new LibcPressureTrigger(descriptor);
	}

	@Override
	public boolean await(Duration timeout) throws IOException {
		ByteBuffer pollfd = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder());
		pollfd.putInt(0, this.descriptor).putShort(4, POLLPRI);
		byte[] fds = pollfd.array();
		try {
			if (poll(fds, 1, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis())) == 0) {
				return false;
			}
		}
		catch (LastErrorException ex) {
			if (ex.getErrorCode() == EINTR) {
				return false;
			}
			throw new IOException("poll failed: " + ex.getMessage(), ex);
		}
		short revents = ByteBuffer.wrap(fds).order(ByteOrder.nativeOrder()).getShort(6);
		if ((revents & POLLERR) != 0) {
			throw new IOException("the pressure file is gone (its cgroup was removed)");
		}
		return (revents & POLLPRI) != 0;
	}

	@Override
	public void close() {
		close(this.descriptor);
	}

	private static native int open(String path, int flags) throws LastErrorException;

	private static native NativeLong write(int descriptor, byte[] buffer, NativeLong count) throws LastErrorException;

	private static native int poll(byte[] fds, int count, int timeout) throws LastErrorException;

	private static native int close(int descriptor);

}
