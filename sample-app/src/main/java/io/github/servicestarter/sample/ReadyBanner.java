package io.github.servicestarter.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the sample where to look.
 *
 * @author Service Starter contributors
 */
@Component
class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(ReadyBanner.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		logger.info("Sample app ready: " + base + "/actuator/health, " + base + "/actuator/prometheus, " + base
				+ "/slow?ms=2000");
	}

}
