package dev.dynamite.autoconfigure.embedded;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** DynamoDB Local's per-request INFO logs are quiet by default, and the application's own level wins. */
class DynamoDbLocalLoggingEnvironmentPostProcessorTests {

	private final DynamoDbLocalLoggingEnvironmentPostProcessor postProcessor = new DynamoDbLocalLoggingEnvironmentPostProcessor();

	@Test
	void defaultsDynamoDbLocalLoggersToWarn() {
		StandardEnvironment environment = new StandardEnvironment();
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(DynamoDbLocalLoggingEnvironmentPostProcessor.LOGGER_PROPERTY))
			.isEqualTo("WARN");
		assertThat(environment.getProperty(DynamoDbLocalLoggingEnvironmentPostProcessor.HANDLER_LOGGER_PROPERTY))
			.isEqualTo("ERROR");
	}

	@Test
	void theApplicationsLevelWins() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application",
					Map.of(DynamoDbLocalLoggingEnvironmentPostProcessor.LOGGER_PROPERTY, "DEBUG")));
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(DynamoDbLocalLoggingEnvironmentPostProcessor.LOGGER_PROPERTY))
			.isEqualTo("DEBUG");
	}

	@Test
	void nothingWithoutDynamoDbLocal() {
		StandardEnvironment environment = new StandardEnvironment();
		SpringApplication application = new SpringApplication();
		application.setResourceLoader(
				new DefaultResourceLoader(new FilteredClassLoader("com.amazonaws.services.dynamodbv2.local")));
		this.postProcessor.postProcessEnvironment(environment, application);
		assertThat(environment.containsProperty(DynamoDbLocalLoggingEnvironmentPostProcessor.LOGGER_PROPERTY))
			.isFalse();
	}
}
