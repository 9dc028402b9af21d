package dev.dynamite.autoconfigure.embedded;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * When DynamoDB Local is on the classpath, sets the default level of its loggers
 * ({@code com.amazonaws.services.dynamodbv2.local}) to WARN: it logs every request at INFO. The default has the
 * lowest precedence, so {@code logging.level.com.amazonaws.services.dynamodbv2.local} in the application's own
 * configuration wins.
 */
class DynamoDbLocalLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "dynamiteDynamoDbLocalLoggingDefaults";

	static final String LOGGER_PROPERTY = "logging.level.com.amazonaws.services.dynamodbv2.local";

	private static final String SERVER_RUNNER = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent(SERVER_RUNNER, application.getClassLoader())
				|| environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(LOGGER_PROPERTY, "WARN")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
