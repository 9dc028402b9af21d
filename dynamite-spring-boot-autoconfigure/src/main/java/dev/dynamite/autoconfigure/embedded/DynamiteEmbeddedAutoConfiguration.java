package dev.dynamite.autoconfigure.embedded;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import dev.dynamite.autoconfigure.DynamiteConnectionDetails;
import dev.dynamite.autoconfigure.DynamiteProperties;
import dev.dynamite.core.convert.DynamiteConverter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts an in-memory DynamoDB Local on the loopback interface, before the {@link DynamoDbClient} is created, when
 * {@code com.amazonaws:DynamoDBLocal} is on the classpath, {@code dynamite.embedded.enabled} is not false, no
 * {@code dynamite.endpoint} is set and the application defines no {@code DynamoDbClient} or
 * {@link DynamiteConnectionDetails} of its own. The
 * auto-configured client then talks to it. It stops when the context closes, and a finished application (no thread
 * of its own left) has its context closed so that its JVM exits.
 */
@AutoConfiguration
@ConditionalOnClass(name = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner")
@ConditionalOnBooleanProperty(name = "dynamite.embedded.enabled", matchIfMissing = true)
@Conditional(NoEndpointCondition.class)
@ConditionalOnMissingBean({ DynamoDbClient.class, DynamiteConnectionDetails.class })
@EnableConfigurationProperties(DynamiteProperties.class)
public final class DynamiteEmbeddedAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EmbeddedDynamoDbLocal embeddedDynamoDbLocal(DynamiteProperties properties,
			ObjectProvider<DynamiteConverter> converter) {
		// the converter checks every entity's mapping: a mapping mistake fails the start-up before the server starts
		converter.getIfAvailable();
		return EmbeddedDynamoDbLocal.start(properties.getEmbedded().getPort());
	}

	@Bean
	static EmbeddedDynamoDbLocalExitGuard embeddedDynamoDbLocalExitGuard() {
		return new EmbeddedDynamoDbLocalExitGuard();
	}
}
