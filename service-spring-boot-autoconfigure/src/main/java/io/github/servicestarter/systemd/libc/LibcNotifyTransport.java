package io.github.servicestarter.systemd.libc;

import java.io.IOException;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import io.github.servicestarter.systemd.NotifySocketAddress;
import io.github.servicestarter.systemd.NotifyTransport;

/**
 * Sends {@code sd_notify} datagrams with libc's {@code socket} and {@code sendto}: the JDK
 * cannot send on {@code AF_UNIX} datagram sockets, and libsystemd is missing from slim
 * images. One close-on-exec socket is opened on first use and kept for the life of the
 * process, so child processes never inherit it.
 *
 * @author Service Starter contributors
 */
public final class LibcNotifyTransport implements NotifyTransport {

	private static final int AF_UNIX = 1;

	private static final int SOCK_DGRAM = 2;

	private static final int SOCK_CLOEXEC = 0x80000;

	private static final int MSG_NOSIGNAL = 0x4000;

	private final byte[] address;

	private int socket = -1;

	/**
	 * Create a transport to the given notify socket. No native call is made until the first
	 * datagram is sent.
	 * @param address the notify socket address
	 */
	public LibcNotifyTransport(NotifySocketAddress address) {
		this.address = address.toSockaddr();
	}

	@Override
	public void send(byte[] datagram) throws IOException {
		try {
			Libc.sendto(socket(), datagram, new NativeLong(datagram.length), MSG_NOSIGNAL, this.address,
					this.address.length);
		}
		catch (LastErrorException ex) {
			throw new IOException("sendto failed: " + ex.getMessage(), ex);
		}
	}

	private synchronized int socket() throws IOException {
		if (this.socket < 0) {
			try {
				this.socket = Libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
			}
			catch (LastErrorException ex) {
				throw new IOException("socket(AF_UNIX, SOCK_DGRAM) failed: " + ex.getMessage(), ex);
			}
		}
		return this.socket;
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

	}

}
