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
