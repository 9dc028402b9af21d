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
 * ({@code com.amazonaws.services.dynamodbv2.local}) to WARN, as it logs every request at INFO, and of its request
 * handler to ERROR, as it logs every client error (such as the DescribeTable of a table sync is about to create) at
 * WARN with a stack trace; the application gets those errors as exceptions anyway. The defaults have the lowest
 * precedence: {@code logging.level.*} properties of the application win. A level set only in a logback or log4j2
 * configuration file is overridden by these properties; set it as a property instead.
 */
class DynamoDbLocalLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "dynamiteDynamoDbLocalLoggingDefaults";

	static final String LOGGER_PROPERTY = "logging.level.com.amazonaws.services.dynamodbv2.local";

	static final String HANDLER_LOGGER_PROPERTY = LOGGER_PROPERTY + ".server.LocalDynamoDBServerHandler";

	private static final String SERVER_RUNNER = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent(SERVER_RUNNER, application.getClassLoader())
				|| environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of(LOGGER_PROPERTY, "WARN", HANDLER_LOGGER_PROPERTY, "ERROR")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
