package dev.dynamite.autoconfigure;

import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Customizes the builder of the auto-configured {@link software.amazon.awssdk.services.dynamodb.DynamoDbClient}
 * after Dynamite applied the {@code dynamite.*} properties (e.g. to add execution interceptors, a retry strategy or
 * metrics). Customizer beans are applied in {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface DynamiteClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, with region, endpoint, credentials and HTTP client already set
	 */
	void customize(DynamoDbClientBuilder builder);
}
