package io.github.servicestarter.testsupport;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import io.github.servicestarter.systemd.NotifySocketAddress;

/**
 * A real {@code AF_UNIX} datagram socket bound where {@code NOTIFY_SOCKET} points, standing in
 * for systemd's end of the protocol. Opened through JNA because the JDK cannot.
 */
public final class UnixDatagramReceiver implements AutoCloseable {

	private static final int SOL_SOCKET = 1;

	private static final int SO_RCVTIMEO = 20;

	private final String address;

	private final int socket;

	private UnixDatagramReceiver(String address, int socket) {
		this.address = address;
		this.socket = socket;
	}

	public static UnixDatagramReceiver bind(String notifySocket, Duration receiveTimeout) {
		byte[] sockaddr = NotifySocketAddress.parse(notifySocket).toSockaddr();
		int socket = Libc.socket(1, 2, 0);
		Libc.bind(socket, sockaddr, sockaddr.length);
		ByteBuffer timeval = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
		timeval.putLong(receiveTimeout.toSeconds()).putLong(receiveTimeout.toNanosPart() / 1000);
		Libc.setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, timeval.array(), 16);
		return new UnixDatagramReceiver(notifySocket, socket);
	}

	/**
	 * Receive one datagram.
	 * @return the datagram as text
	 * @throws LastErrorException with EAGAIN when nothing arrives in time
	 */
	public String receive() {
		byte[] buffer = new byte[8192];
		int length = Libc.recv(this.socket, buffer, new NativeLong(buffer.length), 0).intValue();
		return new String(Arrays.copyOf(buffer, length), StandardCharsets.UTF_8);
	}

	@Override
	public void close() throws Exception {
		Libc.close(this.socket);
		if (this.address.startsWith("/")) {
			Files.deleteIfExists(Path.of(this.address));
		}
	}

	private static final class Libc {

		static {
			Native.register("c");
		}

		static native int socket(int domain, int type, int protocol) throws LastErrorException;

		static native int bind(int socket, byte[] address, int addressLength) throws LastErrorException;

		static native int setsockopt(int socket, int level, int name, byte[] value, int length)
				throws LastErrorException;

		static native NativeLong recv(int socket, byte[] buffer, NativeLong length, int flags)
				throws LastErrorException;

		static native int close(int socket) throws LastErrorException;

	}

}
