package io.github.servicestarter.autoconfigure.web;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.web.TomcatSocketActivation;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link AutoConfiguration Auto-configuration} of systemd socket activation for the embedded
 * Tomcat.
 *
 * @author Service Starter contributors
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnClass(name = "org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory")
@ConditionalOnBooleanProperty(name = "service.enabled", matchIfMissing = true)
public final class SocketActivationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TomcatSocketActivation tomcatSocketActivation(Environment environment) {
		return new TomcatSocketActivation(HostProcess.current(), environment.getProperty("server.port", Integer.class),
				environment.getProperty("management.server.port", Integer.class));
	}

}
