package dev.dynamite.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One in-memory DynamoDB Local server per test JVM, on a free loopback port, shared by all test classes
 * (each test class uses its own table prefix). Clients talk HTTP to it, so SDK interceptors see every request.
 */
public final class LocalDynamoDb {

	private static final AtomicInteger PREFIXES = new AtomicInteger();

	private static URI endpoint;

	private LocalDynamoDb() {
	}

	/** The endpoint of the shared server, started on first use and stopped when the JVM exits. */
	public static synchronized URI endpoint() {
		if (endpoint == null) {
			int port = freePort();
			try {
				DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] { "-inMemory",
						"-sharedDb", "-disableTelemetry", "-port", String.valueOf(port) });
				server.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.stop();
					}
					catch (Exception ex) {
						// the JVM is exiting
					}
				}, "dynamodb-local-stop"));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start DynamoDB Local on port " + port, ex);
			}
			endpoint = URI.create("http://127.0.0.1:" + port);
		}
		return endpoint;
	}

	/** A client of the shared server, with the given interceptors. */
	public static DynamoDbClient client(ExecutionInterceptor... interceptors) {
		return client(ClientOverrideConfiguration.builder(), interceptors);
	}

	/**
	 * A client of the shared server whose SDK does not retry anything (every throttling error reaches Dynamite at
	 * once), with the given interceptors.
	 */
	public static DynamoDbClient clientWithoutSdkRetries(ExecutionInterceptor... interceptors) {
		return client(ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()), interceptors);
	}

	/** A client of the shared server with the given override configuration (e.g. a retry strategy) and interceptors. */
	public static DynamoDbClient client(ClientOverrideConfiguration.Builder override, ExecutionInterceptor... interceptors) {
		for (ExecutionInterceptor interceptor : interceptors) {
			override.addExecutionInterceptor(interceptor);
		}
		return DynamoDbClient.builder()
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(override.build())
			.build();
	}

	/** An async client of the shared server, with the given interceptors. */
	public static DynamoDbAsyncClient asyncClient(ExecutionInterceptor... interceptors) {
		return asyncClient(ClientOverrideConfiguration.builder(), interceptors);
	}

	/** An async client of the shared server with the given override configuration and interceptors. */
	public static DynamoDbAsyncClient asyncClient(ClientOverrideConfiguration.Builder override,
			ExecutionInterceptor... interceptors) {
		for (ExecutionInterceptor interceptor : interceptors) {
			override.addExecutionInterceptor(interceptor);
		}
		return DynamoDbAsyncClient.builder()
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(override.build())
			.build();
	}

	/**
	 * A {@link dev.dynamite.Dynamite} on the shared server with a sync and an async client (both seeing the
	 * interceptors), a table prefix of its own, and its tables synchronised.
	 */
	public static dev.dynamite.Dynamite dynamite(String name, List<ExecutionInterceptor> interceptors, Class<?>... tables) {
		ExecutionInterceptor[] each = interceptors.toArray(ExecutionInterceptor[]::new);
		dev.dynamite.Dynamite dynamite = dev.dynamite.Dynamite.builder()
			.client(client(each))
			.asyncClient(asyncClient(each))
			.tablePrefix(uniquePrefix(name))
			.tables(tables)
			.build();
		dynamite.sync();
		return dynamite;
	}

	/** A table prefix no other test class in this JVM uses. */
	public static String uniquePrefix(String name) {
		return name.toLowerCase().replaceAll("[^a-z0-9]", "") + PREFIXES.incrementAndGet() + "_";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}
}
