package io.github.servicestarter.testsupport;

import io.github.servicestarter.autoconfigure.ServiceManagerApplicationListener;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a context that an {@code ApplicationContextRunner} builds what
 * {@code SpringApplication} gives one before its refresh: the starter's early listener
 * sees the environment prepared, the context initialized and prepared, so that the
 * auto-configurations are tested on the path users run, with the run the listener
 * registers.
 */
public final class SpringApplicationEvents implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String[] NO_ARGUMENTS = {};

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ServiceManagerApplicationListener listener = new ServiceManagerApplicationListener();
		SpringApplication application = new SpringApplication();
		listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application,
				NO_ARGUMENTS, context.getEnvironment()));
		listener.onApplicationEvent(new ApplicationContextInitializedEvent(application, NO_ARGUMENTS, context));
		listener.onApplicationEvent(new ApplicationPreparedEvent(application, NO_ARGUMENTS, context));
	}

}
