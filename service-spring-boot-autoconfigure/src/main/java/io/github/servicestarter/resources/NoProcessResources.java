package io.github.servicestarter.resources;

import java.util.Set;

/**
 * Reader for operating systems without a resource reader: it reads nothing.
 *
 * @author Service Starter contributors
 */
enum NoProcessResources implements ProcessResources {

	INSTANCE;

	@Override
	public Set<ProcessResource> available() {
		return Set.of();
	}

	@Override
	public double read(ProcessResource resource) {
		return Double.NaN;
	}

}
