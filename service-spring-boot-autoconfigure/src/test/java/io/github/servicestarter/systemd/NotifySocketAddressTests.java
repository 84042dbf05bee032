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

package io.github.servicestarter.systemd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link NotifySocketAddress}.
 */
class NotifySocketAddressTests {

	@Test
	void pathIsNulTerminated() {
		byte[] sockaddr = NotifySocketAddress.parse("/run/n").toSockaddr();
		assertThat(sockaddr).hasSize(2 + 6 + 1);
		assertThat(family(sockaddr)).isEqualTo((short) 1);
		assertThat(new String(sockaddr, 2, 6, StandardCharsets.UTF_8)).isEqualTo("/run/n");
		assertThat(sockaddr[8]).isZero();
	}

	@Test
	void abstractNameStartsWithNulAndHasExactLength() {
		byte[] sockaddr = NotifySocketAddress.parse("@abc").toSockaddr();
		assertThat(sockaddr).hasSize(2 + 4);
		assertThat(sockaddr[2]).isZero();
		assertThat(new String(sockaddr, 3, 3, StandardCharsets.UTF_8)).isEqualTo("abc");
	}

	@Test
	void relativePathIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> NotifySocketAddress.parse("run/notify"))
			.withMessageContaining("'run/notify'")
			.withMessageContaining("neither an absolute socket path");
	}

	@Test
	void bareAtSignIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> NotifySocketAddress.parse("@"));
	}

	@Test
	void vsockIsRejectedWithReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> NotifySocketAddress.parse("vsock:2:1234"))
			.withMessageContaining("AF_VSOCK");
	}

	@Test
	void pathLongerThanSunPathIsRejected() {
		String path = "/" + "x".repeat(107);
		assertThatIllegalArgumentException().isThrownBy(() -> NotifySocketAddress.parse(path))
			.withMessageContaining("108 bytes");
		assertThat(NotifySocketAddress.parse("/" + "x".repeat(106)).toSockaddr()).hasSize(2 + 108);
	}

	private static short family(byte[] sockaddr) {
		return ByteBuffer.wrap(sockaddr, 0, 2).order(ByteOrder.nativeOrder()).getShort();
	}

}
