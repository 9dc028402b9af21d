package dev.dynamite;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;

/**
 * Builds the async client of a {@link Dynamite} that was given only a sync one: same region, endpoint, credentials
 * and timeouts, the SDK's default async HTTP client.
 */
final class AsyncClients {

	private AsyncClients() {
	}

	static DynamoDbAsyncClient like(DynamoDbClient client) {
		DynamoDbServiceClientConfiguration configuration;
		try {
			configuration = client.serviceClientConfiguration();
		}
		catch (UnsupportedOperationException ex) {
			throw new IllegalStateException(("The DynamoDbClient given to Dynamite.builder().client(...) (%s) does not tell "
					+ "its region, endpoint and credentials, so no async client can be built like it: pass one with "
					+ "Dynamite.builder().asyncClient(...)").formatted(client.getClass().getName()), ex);
		}
		DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder();
		if (configuration.region() != null) {
			builder.region(configuration.region());
		}
		configuration.endpointOverride().ifPresent(builder::endpointOverride);
		if (configuration.credentialsProvider() != null) {
			builder.credentialsProvider(configuration.credentialsProvider());
		}
		ClientOverrideConfiguration override = configuration.overrideConfiguration();
		if (override != null) {
			builder.overrideConfiguration(copy -> {
				override.apiCallTimeout().ifPresent(copy::apiCallTimeout);
				override.apiCallAttemptTimeout().ifPresent(copy::apiCallAttemptTimeout);
			});
		}
		return builder.build();
	}
}
