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

package io.github.servicestarter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.servicestarter.manager.ServiceIdentity;
import io.github.servicestarter.windows.SecretProtection;

/**
 * The secrets of one Windows service: each encrypted with DPAPI for the machine into its
 * own file in the state directory's {@code secrets} directory, whose ACL it inherits from
 * the state directory (SYSTEM and the administrators full control, the service's SID
 * modify, nobody else). The service decrypts them as it starts.
 *
 * @author Service Starter contributors
 */
final class WindowsSecrets implements SecretStore {

	/** The directory of the state directory that holds the secrets. */
	static final String DIRECTORY = ServiceIdentity.SECRETS_DIRECTORY;

	private final SecretFiles files;

	private final SecretProtection protection;

	WindowsSecrets(Path stateDirectory, SecretProtection protection) {
		this.files = new SecretFiles(stateDirectory.resolve(DIRECTORY));
		this.protection = protection;
	}

	@Override
	public List<String> list() throws IOException {
		return this.files.list();
	}

	@Override
	public void set(String property, byte[] value) throws IOException {
		Files.createDirectories(this.files.directory());
		Path partial = this.files.partial(property);
		try {
			Files.write(partial, this.protection.protect(value));
		}
		catch (RuntimeException | LinkageError ex) {
			Files.deleteIfExists(partial);
			throw new IOException("DPAPI could not encrypt it: " + ex.getMessage(), ex);
		}
		this.files.commit(property);
	}

	@Override
	public boolean remove(String property) throws IOException {
		return this.files.remove(property);
	}

	@Override
	public int removeAll() throws IOException {
		return this.files.removeAll();
	}

}
