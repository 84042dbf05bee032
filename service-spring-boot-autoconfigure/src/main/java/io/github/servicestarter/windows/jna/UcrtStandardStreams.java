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

package io.github.servicestarter.windows.jna;

import java.nio.file.Path;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import org.jspecify.annotations.Nullable;

/**
 * Points the C runtime's standard output and standard error of a process without a
 * console (a Windows service) at a file, so that what the JVM itself prints there is
 * kept. The JVM's {@code jvm.dll} uses the Universal C Runtime, shared by every module of
 * the process, so this reaches the JVM's own writes: its descriptors 1 and 2 (HotSpot's
 * {@code tty}: {@code -XX:+PrintCompilation}, the fatal error header) always, and its
 * {@code stdout} and {@code stderr} streams (HotSpot's warnings) where the C runtime can
 * reopen them.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class UcrtStandardStreams {

	private static final int STDOUT = 1;

	private static final int STDERR = 2;

	private static final int O_WRONLY = 0x0001;

	private static final int O_APPEND = 0x0008;

	private static final int O_CREAT = 0x0100;

	private static final int O_BINARY = 0x8000;

	private static final int S_IREAD_IWRITE = 0x0100 | 0x0080;

	private static final int IONBF = 0x0004;

	private UcrtStandardStreams() {
	}

	/**
	 * Append what the C runtime writes to standard output and standard error to the file.
	 * @param file the file, created when missing
	 * @return whether the {@code stdout} and {@code stderr} streams were reopened on it
	 * too; descriptors 1 and 2 always are
	 * @throws IllegalStateException when the file cannot be opened or a descriptor cannot
	 * be replaced
	 */
	public static boolean redirect(Path file) {
		Ucrt ucrt = Native.load("ucrtbase", Ucrt.class);
		WString path = new WString(file.toString());
		// A process without a console starts with stdout and stderr bound to no
		// descriptor (Microsoft's _fileno: "the file descriptor returned is -2"), so
		// _dup2 onto 1 and 2 does not reach them. Microsoft's freopen: it "is typically
		// used to redirect the pre-opened files stdin, stdout, and stderr to files
		// specified by the user". Wine's C runtime refuses a stream without a descriptor
		// and returns NULL; the Wine suite shows the descriptors, the windows-latest
		// workflow the streams.
		boolean streams = reopen(ucrt, path, STDOUT) & reopen(ucrt, path, STDERR);
		int descriptor = ucrt._wopen(path, O_WRONLY | O_APPEND | O_CREAT | O_BINARY, S_IREAD_IWRITE);
		if (descriptor < 0) {
			throw new IllegalStateException("_wopen failed for " + file);
		}
		try {
			if (ucrt._dup2(descriptor, STDOUT) != 0 || ucrt._dup2(descriptor, STDERR) != 0) {
				throw new IllegalStateException("_dup2 failed for " + file);
			}
		}
		finally {
			if (descriptor > STDERR) {
				ucrt._close(descriptor);
			}
		}
		return streams;
	}

	private static boolean reopen(Ucrt ucrt, WString path, int index) {
		Pointer stream = ucrt._wfreopen(path, new WString("a"), ucrt.__acrt_iob_func(index));
		if (stream == null) {
			return false;
		}
		// Unbuffered: what the JVM writes just before it halts must not wait in a buffer.
		ucrt.setvbuf(stream, null, IONBF, 0);
		return true;
	}

	private interface Ucrt extends Library {

		Pointer __acrt_iob_func(int index);

		Pointer _wfreopen(WString path, WString mode, Pointer stream);

		int _wopen(WString path, int flags, int mode);

		int _dup2(int from, int to);

		int _close(int descriptor);

		int setvbuf(Pointer stream, @Nullable Pointer buffer, int mode, long size);

	}

}
