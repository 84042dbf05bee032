package io.github.servicestarter.sample;

import io.github.servicestarter.lifecycle.ServiceReloadEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to {@code systemctl reload}, taking {@code sample.reload-delay} to do so, the
 * way an application would re-read certificates or flush caches.
 *
 * @author Service Starter contributors
 */
@Component
class SampleReloadListener implements ApplicationListener<ServiceReloadEvent> {

	private static final Log logger = LogFactory.getLog(SampleReloadListener.class);

	private final SampleProperties properties;

	SampleReloadListener(SampleProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(ServiceReloadEvent event) {
		logger.info("Sample reload listener started (" + event.getTrigger() + ")");
		try {
			Thread.sleep(this.properties.getReloadDelay().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		logger.info("Sample reload listener finished");
	}

}
