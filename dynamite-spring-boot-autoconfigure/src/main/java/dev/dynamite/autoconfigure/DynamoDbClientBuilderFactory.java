package dev.dynamite.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Turns {@link DynamiteProperties} (and the embedded DynamoDB Local, when one runs) into a
 * {@link DynamoDbClientBuilder} or a {@link DynamoDbAsyncClientBuilder}: both clients get the same endpoint, region,
 * credentials and timeouts.
 */
final class DynamoDbClientBuilderFactory {

	private final DynamiteProperties properties;

	private final DynamiteConnectionDetails connection;

	/**
	 * @param properties the HTTP client settings and timeouts
	 * @param connection where and as whom to connect
	 */
	DynamoDbClientBuilderFactory(DynamiteProperties properties, DynamiteConnectionDetails connection) {
		this.properties = properties;
		this.connection = connection;
	}

	/** The sync client's builder: the Apache 5 HTTP client and the shared settings. */
	DynamoDbClientBuilder builder() {
		DynamoDbClientBuilder builder = DynamoDbClient.builder();
		DynamiteProperties.Http http = this.properties.getHttp();
		// the SDK owns an HTTP client built from a builder and closes it with the DynamoDbClient
		builder.httpClientBuilder(Apache5HttpClient.builder()
			.connectionTimeout(http.getConnectionTimeout())
			.socketTimeout(http.getSocketTimeout())
			.maxConnections(http.getMaxConnections()));
		return configure(builder);
	}

	/**
	 * The async client's builder: the AWS CRT HTTP client when the application has it, else Netty NIO (the same
	 * timeouts; {@code max-connections} bounds their concurrent requests), and the shared settings.
	 * @param crt whether to use the AWS CRT HTTP client
	 */
	DynamoDbAsyncClientBuilder asyncBuilder(boolean crt) {
		DynamoDbAsyncClientBuilder builder = DynamoDbAsyncClient.builder();
		DynamiteProperties.Http http = this.properties.getHttp();
		if (crt) {
			builder.httpClientBuilder(AwsCrtAsyncHttpClient.builder()
				.connectionTimeout(http.getConnectionTimeout())
				.maxConcurrency(http.getMaxConnections()));
		}
		else {
			builder.httpClientBuilder(NettyNioAsyncHttpClient.builder()
				.connectionTimeout(http.getConnectionTimeout())
				.readTimeout(http.getSocketTimeout())
				.writeTimeout(http.getSocketTimeout())
				.maxConcurrency(http.getMaxConnections()));
		}
		return configure(builder);
	}

	/** Endpoint, region, credentials and timeouts, the same for both clients. */
	private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
		URI endpoint = endpoint();
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		builder.region(Region.of(this.connection.getRegion()));
		builder.credentialsProvider(credentials());
		Duration apiCall = positive(this.properties.getApiCallTimeout(), "dynamite.api-call-timeout");
		Duration attempt = positive(this.properties.getApiCallAttemptTimeout(), "dynamite.api-call-attempt-timeout");
		builder.overrideConfiguration(override -> override.apiCallTimeout(apiCall).apiCallAttemptTimeout(attempt));
		return builder;
	}

	private static Duration positive(@Nullable Duration value, String property) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(property + " must be a positive duration, such as 5s, but was '" + value + "'");
		}
		return value;
	}

	private @Nullable URI endpoint() {
		URI endpoint = this.connection.getEndpoint();
		if (endpoint != null) {
			String scheme = endpoint.getScheme();
			if (endpoint.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				throw new IllegalArgumentException("dynamite.endpoint must be an http(s) URL with a host, such as "
						+ "http://localhost:8000, but was '" + endpoint + "'");
			}
		}
		return endpoint;
	}

	private AwsCredentialsProvider credentials() {
		String accessKeyId = this.connection.getAccessKeyId();
		String secretAccessKey = this.connection.getSecretAccessKey();
		if (accessKeyId != null && secretAccessKey != null) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
		}
		return DefaultCredentialsProvider.builder().build();
	}
}
