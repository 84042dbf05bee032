package io.github.servicestarter.autoconfigure;

import io.github.servicestarter.manager.HostProcess;
import io.github.servicestarter.manager.ServiceManagerDetection;
import io.github.servicestarter.manager.ServiceManagerSelection;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Condition behind {@link ConditionalOnServiceManager}: uses the detection that
 * {@link ServiceManagerApplicationListener} registered before the refresh, or detects the
 * same way when the context was not started by {@code SpringApplication}.
 *
 * @author Service Starter contributors
 */
class OnServiceManagerCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ServiceManagerDetection detection = detection(context);
		return detection.isManaged() ? ConditionOutcome.match("service manager " + detection)
				: ConditionOutcome.noMatch("no service manager (" + detection.rule() + ")");
	}

	private static ServiceManagerDetection detection(ConditionContext context) {
		var beanFactory = context.getBeanFactory();
		if (beanFactory != null && beanFactory.containsSingleton(ServiceManagerApplicationListener.DETECTION_BEAN_NAME)
				&& beanFactory.getSingleton(
						ServiceManagerApplicationListener.DETECTION_BEAN_NAME) instanceof ServiceManagerDetection early) {
			return early;
		}
		ServiceManagerSelection selection = Binder.get(context.getEnvironment())
			.bind("service.manager", ServiceManagerSelection.class)
			.orElse(ServiceManagerSelection.AUTO);
		return new ServiceManagerConnector(HostProcess.current()).detect(selection);
	}

}
