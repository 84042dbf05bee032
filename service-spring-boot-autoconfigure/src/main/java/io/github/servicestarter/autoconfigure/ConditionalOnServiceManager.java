package io.github.servicestarter.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches only when the application runs under a service manager, so that nothing which
 * writes state or talks to a manager exists in a console run or a test.
 *
 * @author Service Starter contributors
 * @since 0.1.0
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnServiceManagerCondition.class)
public @interface ConditionalOnServiceManager {

}
