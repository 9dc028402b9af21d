package dev.dynamite.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.dynamite.Dynamite;
import dev.dynamite.core.schema.SyncMode;

/**
 * Configuration properties of Dynamite ({@code dynamite.*}): the DynamoDB connection, table naming, start-up
 * schema sync, the embedded DynamoDB Local and repositories. {@link #toString()} never shows the secret access key.
 */
@ConfigurationProperties("dynamite")
public class DynamiteProperties {

	/**
	 * AWS region of the DynamoDB endpoint, e.g. 'eu-west-1'. When not set, the AWS SDK's region provider chain
	 * decides (AWS_REGION, profile, instance metadata), or 'us-east-1' when an endpoint is set or DynamoDB Local is
	 * embedded.
	 */
	private @Nullable String region;

	/**
	 * Endpoint override, e.g. 'http://localhost:8000' for a DynamoDB Local or LocalStack. Setting it disables the
	 * embedded DynamoDB Local.
	 */
	private @Nullable URI endpoint;

	/**
	 * Prefix prepended to every table name, e.g. 'dev_' turns table 'users' into 'dev_users'.
	 */
	private String tablePrefix = "";

	/**
	 * What to do with the tables of the entities at start-up: 'create' creates missing tables and global indexes
	 * (never drops or alters anything), 'validate' fails the start-up when a table or index is missing, 'none'
	 * does nothing.
	 */
	private SyncMode sync = SyncMode.CREATE;

	/**
	 * How long one DynamoDB call may take, the SDK's retries included: a silent endpoint fails within it.
	 */
	private Duration apiCallTimeout = Dynamite.DEFAULT_API_CALL_TIMEOUT;

	/**
	 * How long one attempt of a DynamoDB call may take before the SDK retries it.
	 */
	private Duration apiCallAttemptTimeout = Dynamite.DEFAULT_API_CALL_ATTEMPT_TIMEOUT;

	private final Credentials credentials = new Credentials();

	private final Embedded embedded = new Embedded();

	private final Repositories repositories = new Repositories();

	private final Http http = new Http();

	/**
	 * Request metrics.
	 */
	private final Metrics metrics = new Metrics();

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable URI getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable URI endpoint) {
		this.endpoint = endpoint;
	}

	public String getTablePrefix() {
		return this.tablePrefix;
	}

	public void setTablePrefix(@Nullable String tablePrefix) {
		this.tablePrefix = (tablePrefix != null) ? tablePrefix : "";
	}

	public SyncMode getSync() {
		return this.sync;
	}

	public void setSync(SyncMode sync) {
		this.sync = sync;
	}

	public Duration getApiCallTimeout() {
		return this.apiCallTimeout;
	}

	public void setApiCallTimeout(Duration apiCallTimeout) {
		this.apiCallTimeout = apiCallTimeout;
	}

	public Duration getApiCallAttemptTimeout() {
		return this.apiCallAttemptTimeout;
	}

	public void setApiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
		this.apiCallAttemptTimeout = apiCallAttemptTimeout;
	}

	public Credentials getCredentials() {
		return this.credentials;
	}

	public Embedded getEmbedded() {
		return this.embedded;
	}

	public Repositories getRepositories() {
		return this.repositories;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	public Http getHttp() {
		return this.http;
	}

	@Override
	public String toString() {
		return "DynamiteProperties[region=" + this.region + ", endpoint=" + this.endpoint + ", tablePrefix='"
				+ this.tablePrefix + "', sync=" + this.sync + ", credentials=" + this.credentials + ", embedded="
				+ this.embedded + ", repositories=" + this.repositories + ", http=" + this.http + "]";
	}

	/**
	 * Static AWS credentials. Used only when both keys are set; otherwise the AWS SDK's default credentials
	 * provider chain applies.
	 */
	public static class Credentials {

		/**
		 * AWS access key id. Used together with 'dynamite.credentials.secret-access-key'.
		 */
		private @Nullable String accessKeyId;

		/**
		 * AWS secret access key. Used together with 'dynamite.credentials.access-key-id'; never logged or shown by
		 * the actuator endpoints.
		 */
		private @Nullable String secretAccessKey;

		public @Nullable String getAccessKeyId() {
			return this.accessKeyId;
		}

		public void setAccessKeyId(@Nullable String accessKeyId) {
			this.accessKeyId = accessKeyId;
		}

		public @Nullable String getSecretAccessKey() {
			return this.secretAccessKey;
		}

		public void setSecretAccessKey(@Nullable String secretAccessKey) {
			this.secretAccessKey = secretAccessKey;
		}

		/** Whether both keys are set (static credentials are used); not a property. */
		public boolean hasKeys() {
			return hasText(this.accessKeyId) && hasText(this.secretAccessKey);
		}

		private static boolean hasText(@Nullable String value) {
			return value != null && !value.isBlank();
		}

		@Override
		public String toString() {
			return "Credentials[accessKeyId=" + this.accessKeyId + ", secretAccessKey="
					+ ((this.secretAccessKey != null) ? "******" : "null") + "]";
		}
	}

	/**
	 * The embedded in-memory DynamoDB Local started when it is on the classpath and no endpoint is set.
	 */
	public static class Embedded {

		/**
		 * Whether to start an in-memory DynamoDB Local on the loopback interface when
		 * 'com.amazonaws:DynamoDBLocal' is on the classpath and no 'dynamite.endpoint' is set.
		 */
		private boolean enabled = true;

		/**
		 * Loopback port of the embedded DynamoDB Local; 0 picks a free port.
		 */
		private int port = 0;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		@Override
		public String toString() {
			return "Embedded[enabled=" + this.enabled + ", port=" + this.port + "]";
		}
	}

	/**
	 * Spring Data repositories.
	 */
	public static class Repositories {

		/**
		 * Whether to enable Dynamite repositories (interfaces under the application's packages) automatically.
		 */
		private boolean enabled = true;

		/**
		 * Reactive repositories, enabled when Project Reactor is on the class path.
		 */
		private final Reactive reactive = new Reactive();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Reactive getReactive() {
			return this.reactive;
		}

		@Override
		public String toString() {
			return "Repositories[enabled=" + this.enabled + ", reactive=" + this.reactive.isEnabled() + "]";
		}

		/**
		 * Reactive repositories.
		 */
		public static class Reactive {

			/**
			 * Whether to enable reactive Dynamite repositories automatically when Project Reactor is on the class
			 * path.
			 */
			private boolean enabled = true;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}
		}
	}

	/**
	 * Request metrics: every request is an observation {@code dynamite.requests} when an ObservationRegistry exists.
	 */
	public static class Metrics {

		/**
		 * Whether requests ask DynamoDB for the capacity they consume (ReturnConsumedCapacity=TOTAL), recorded as the
		 * distribution summary dynamite.consumed.capacity per table and operation when a MeterRegistry exists.
		 */
		private boolean consumedCapacity;

		public boolean isConsumedCapacity() {
			return this.consumedCapacity;
		}

		public void setConsumedCapacity(boolean consumedCapacity) {
			this.consumedCapacity = consumedCapacity;
		}
	}

	/**
	 * The HTTP clients of the auto-configured clients: Apache 5 for the DynamoDbClient, Netty NIO for the
	 * DynamoDbAsyncClient (where max-connections bounds concurrent requests).
	 */
	public static class Http {

		/**
		 * Timeout for establishing a connection.
		 */
		private Duration connectionTimeout = Duration.ofSeconds(2);

		/**
		 * Timeout for reading from an established connection (socket timeout).
		 */
		private Duration socketTimeout = Duration.ofSeconds(30);

		/**
		 * Maximum number of open HTTP connections to DynamoDB.
		 */
		private int maxConnections = 50;

		public Duration getConnectionTimeout() {
			return this.connectionTimeout;
		}

		public void setConnectionTimeout(Duration connectionTimeout) {
			this.connectionTimeout = connectionTimeout;
		}

		public Duration getSocketTimeout() {
			return this.socketTimeout;
		}

		public void setSocketTimeout(Duration socketTimeout) {
			this.socketTimeout = socketTimeout;
		}

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		@Override
		public String toString() {
			return "Http[connectionTimeout=" + this.connectionTimeout + ", socketTimeout=" + this.socketTimeout
					+ ", maxConnections=" + this.maxConnections + "]";
		}
	}
}
