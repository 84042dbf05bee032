package io.github.servicestarter.autoconfigure;

import io.github.servicestarter.systemd.SocketActivationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a socket unit whose sockets the web server cannot serve on, and what to change
 * in it.
 *
 * @author Service Starter contributors
 */
class SocketActivationFailureAnalyzer extends AbstractFailureAnalyzer<SocketActivationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SocketActivationException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
