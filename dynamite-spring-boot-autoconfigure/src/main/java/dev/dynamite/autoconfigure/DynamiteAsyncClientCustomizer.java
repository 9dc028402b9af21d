package dev.dynamite.autoconfigure;

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/**
 * Customizes the builder of the auto-configured {@link software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient}
 * after Dynamite applied the {@code dynamite.*} properties, as {@link DynamiteClientCustomizer} does for the sync
 * client. Customizer beans are applied in {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface DynamiteAsyncClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, with region, endpoint, credentials and HTTP client already set
	 */
	void customize(DynamoDbAsyncClientBuilder builder);
}
