package io.github.servicestarter.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.github.servicestarter.manager.HostProcess;
import org.jspecify.annotations.Nullable;

/**
 * Host process with made-up environment, pid and parent.
 */
public final class FakeHostProcess implements HostProcess {

	private final Map<String, String> environment = new HashMap<>();

	private long pid = 4242;

	private @Nullable String parentName = "bash";

	public FakeHostProcess env(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	public FakeHostProcess pid(long pid) {
		this.pid = pid;
		return this;
	}

	public FakeHostProcess parent(@Nullable String parentName) {
		this.parentName = parentName;
		return this;
	}

	@Override
	public @Nullable String getenv(String name) {
		return this.environment.get(name);
	}

	@Override
	public long pid() {
		return this.pid;
	}

	@Override
	public Optional<String> parentName() {
		return Optional.ofNullable(this.parentName);
	}

}
