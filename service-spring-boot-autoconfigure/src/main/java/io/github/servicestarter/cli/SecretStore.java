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
import java.util.List;

/**
 * Where a service manager keeps one service's secrets, encrypted, for the service alone.
 *
 * @author Service Starter contributors
 */
interface SecretStore {

	/**
	 * Return the names of the stored secrets, never their values.
	 * @return the properties, sorted
	 * @throws IOException if the store cannot be read
	 */
	List<String> list() throws IOException;

	/**
	 * Store a secret, replacing one of the same property.
	 * @param property the property
	 * @param value the value
	 * @throws IOException if it cannot be stored
	 */
	void set(String property, byte[] value) throws IOException;

	/**
	 * Remove a secret.
	 * @param property the property
	 * @return whether there was one
	 * @throws IOException if it cannot be removed
	 */
	boolean remove(String property) throws IOException;

	/**
	 * Remove every secret of the service.
	 * @return how many there were
	 * @throws IOException if they cannot be removed
	 */
	int removeAll() throws IOException;

}
