package dev.dynamite.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An in-memory DynamoDB Local for one benchmark fork, and the one client that Dynamite, the raw SDK code and the
 * enhanced client all share: {@code embedded} calls DynamoDB Local in-process (no HTTP, so client-side overhead is
 * most visible), {@code http} talks to a DynamoDB Local server on a loopback port through the Apache5 HTTP client.
 */
public final class LocalDatabase implements AutoCloseable {

	/** The transport names accepted by {@link #start(String)}. */
	public static final String EMBEDDED = "embedded";

	/** Loopback HTTP to a server in the same JVM. */
	public static final String HTTP = "http";

	/**
	 * Loopback HTTP to a DynamoDB Local server in another process, at the endpoint in the system property
	 * {@code dynamite.bench.endpoint}: the JVM measured holds the client only (for allocation profiles).
	 */
	public static final String EXTERNAL = "external";

	private final DynamoDbClient client;

	private final @Nullable AmazonDynamoDBLocal embedded;

	private final @Nullable DynamoDBProxyServer server;

	private final @Nullable URI endpoint;

	private LocalDatabase(DynamoDbClient client, @Nullable AmazonDynamoDBLocal embedded,
			@Nullable DynamoDBProxyServer server, @Nullable URI endpoint) {
		this.client = client;
		this.embedded = embedded;
		this.server = server;
		this.endpoint = endpoint;
	}

	/** Starts DynamoDB Local with the given transport ({@value #EMBEDDED} or {@value #HTTP}). */
	public static LocalDatabase start(String transport) {
		if (EMBEDDED.equals(transport)) {
			AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true);
			return new LocalDatabase(local.dynamoDbClient(), local, null, null);
		}
		if (HTTP.equals(transport)) {
			int port = freePort();
			DynamoDBProxyServer server;
			try {
				server = ServerRunner.createServerFromCommandLineArgs(
						new String[] { "-inMemory", "-sharedDb", "-disableTelemetry", "-port", String.valueOf(port) });
				server.start();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start DynamoDB Local on port " + port, ex);
			}
			URI endpoint = URI.create("http://127.0.0.1:" + port);
			return new LocalDatabase(loopbackClient(endpoint), null, server, endpoint);
		}
		if (EXTERNAL.equals(transport)) {
			URI endpoint = URI.create(System.getProperty("dynamite.bench.endpoint", "http://127.0.0.1:8000"));
			return new LocalDatabase(loopbackClient(endpoint), null, null, endpoint);
		}
		throw new IllegalArgumentException("Unknown transport '" + transport + "': use embedded, http or external");
	}

	/** A client of a DynamoDB Local server over loopback HTTP (Apache5). */
	private static DynamoDbClient loopbackClient(URI endpoint) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
			.httpClientBuilder(Apache5HttpClient.builder().maxConnections(64).connectionTimeout(Duration.ofSeconds(5)))
			.build();
	}

	/** The server's endpoint, for the {@value #HTTP} transport. */
	public URI endpoint() {
		if (this.endpoint == null) {
			throw new IllegalStateException("The embedded transport has no endpoint");
		}
		return this.endpoint;
	}

	/** The shared client. */
	public DynamoDbClient client() {
		return this.client;
	}

	@Override
	public void close() {
		this.client.close();
		if (this.embedded != null) {
			this.embedded.shutdown();
		}
		if (this.server != null) {
			try {
				this.server.stop();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not stop DynamoDB Local", ex);
			}
		}
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
