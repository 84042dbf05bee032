package io.github.servicestarter.lifecycle;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts each initialised bean as start-up progress.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
public final class StartupProgressBeanPostProcessor implements BeanPostProcessor {

	private final StartupProgress progress;

	public StartupProgressBeanPostProcessor(StartupProgress progress) {
		this.progress = progress;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		this.progress.beanInitialized();
		return bean;
	}

}
