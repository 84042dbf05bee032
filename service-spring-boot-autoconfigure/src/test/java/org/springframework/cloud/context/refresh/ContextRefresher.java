package org.springframework.cloud.context.refresh;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test stand-in for Spring Cloud's {@code ContextRefresher}, with the same name and the
 * one method the starter calls, so the reload hook is tested without Spring Cloud.
 */
public class ContextRefresher {

	private final AtomicInteger refreshes = new AtomicInteger();

	public Set<String> refresh() {
		this.refreshes.incrementAndGet();
		return Set.of("sample.key");
	}

	public int refreshes() {
		return this.refreshes.get();
	}

}
