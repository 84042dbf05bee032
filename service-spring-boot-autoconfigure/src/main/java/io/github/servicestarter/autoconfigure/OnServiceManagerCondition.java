/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.servicestarter.autoconfigure;

import io.github.servicestarter.manager.ServiceManagerDetection;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Condition behind {@link ConditionalOnServiceManager}: reads the detection of the run's
 * {@link ServiceManagerRun}, which {@link ServiceManagerApplicationListener} registered
 * before the refresh; it never detects again.
 *
 * @author Service Starter contributors
 */
class OnServiceManagerCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ServiceManagerRun run = ServiceManagerRun.registeredIn(context.getBeanFactory());
		if (run == null) {
			return ConditionOutcome.noMatch("no service manager run (service.enabled=false, or a context that "
					+ "SpringApplication did not start)");
		}
		ServiceManagerDetection detection = run.detection();
		return detection.isManaged() ? ConditionOutcome.match("service manager " + detection)
				: ConditionOutcome.noMatch("no service manager (" + detection.rule() + ")");
	}

}
