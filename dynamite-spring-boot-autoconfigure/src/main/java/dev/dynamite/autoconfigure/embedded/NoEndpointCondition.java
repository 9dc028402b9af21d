package dev.dynamite.autoconfigure.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code dynamite.endpoint} is not set (an endpoint means a DynamoDB to use, not to start). */
class NoEndpointCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String endpoint = context.getEnvironment().getProperty("dynamite.endpoint");
		if (StringUtils.hasText(endpoint)) {
			return ConditionOutcome.noMatch("dynamite.endpoint is set");
		}
		return ConditionOutcome.match("dynamite.endpoint is not set");
	}
}
