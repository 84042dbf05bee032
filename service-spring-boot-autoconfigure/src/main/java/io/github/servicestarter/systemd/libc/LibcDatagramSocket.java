package io.github.servicestarter.systemd.libc;

import java.io.IOException;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * One unbound {@code AF_UNIX} datagram socket, opened close-on-exec on first use (so child
 * processes never inherit it) and kept until closed: the sending end that the notify and
 * journal transports share.
 *
 * @author Service Starter contributors
 */
final class LibcDatagramSocket {

	private static final int AF_UNIX = 1;

	private static final int SOCK_DGRAM = 2;

	private static final int SOCK_CLOEXEC = 0x80000;

	private static final int MSG_NOSIGNAL = 0x4000;

	private int descriptor = -1;

	/**
	 * Send a datagram.
	 * @param datagram the bytes
	 * @param address the destination's {@code struct sockaddr_un}
	 * @throws LastErrorException if {@code sendto} fails
	 * @throws IOException if the socket cannot be opened
	 */
	void sendto(byte[] datagram, byte[] address) throws IOException {
		Libc.sendto(descriptor(), datagram, new NativeLong(datagram.length), MSG_NOSIGNAL, address, address.length);
	}

	/**
	 * Send a message ({@code sendmsg}), e.g. one carrying a descriptor.
	 * @param message the {@code struct msghdr}
	 * @throws LastErrorException if {@code sendmsg} fails
	 * @throws IOException if the socket cannot be opened
	 */
	void sendmsg(Pointer message) throws IOException {
		Libc.sendmsg(descriptor(), message, MSG_NOSIGNAL);
	}

	synchronized void close() {
		if (this.descriptor >= 0) {
			Libc.close(this.descriptor);
			this.descriptor = -1;
		}
	}

	private synchronized int descriptor() throws IOException {
		if (this.descriptor < 0) {
			try {
				this.descriptor = Libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
			}
			catch (LastErrorException ex) {
				throw new IOException("socket(AF_UNIX, SOCK_DGRAM) failed: " + ex.getMessage(), ex);
			}
		}
		return this.descriptor;
	}

	/**
	 * Direct-mapped libc functions (cheaper per call than an interface proxy).
	 */
	private static final class Libc {

		static {
			Native.register("c");
		}

		static native int socket(int domain, int type, int protocol) throws LastErrorException;

		static native NativeLong sendto(int socket, byte[] buffer, NativeLong length, int flags, byte[] address,
				int addressLength) throws LastErrorException;

		static native NativeLong sendmsg(int socket, Pointer message, int flags) throws LastErrorException;

		static native int close(int descriptor);

	}

}
