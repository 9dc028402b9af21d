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
	 * Suffix appended to every table name, e.g. '_staging' turns table 'users' into 'users_staging'. A
	 * TableNameResolver bean replaces both prefix and suffix.
	 */
	private String tableSuffix = "";

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

	/**
	 * AWS region of the DynamoDB endpoint, e.g. 'eu-west-1'.
	 * @return the value
	 */
	public @Nullable String getRegion() {
		return this.region;
	}

	/**
	 * Sets {@link #getRegion()}.
	 * @param region AWS region of the DynamoDB endpoint, e.g. 'eu-west-1'
	 */
	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	/**
	 * Endpoint override, e.g. 'http://localhost:8000' for a DynamoDB Local or LocalStack.
	 * @return the value
	 */
	public @Nullable URI getEndpoint() {
		return this.endpoint;
	}

	/**
	 * Sets {@link #getEndpoint()}.
	 * @param endpoint endpoint override, e.g. 'http://localhost:8000' for a DynamoDB Local or LocalStack
	 */
	public void setEndpoint(@Nullable URI endpoint) {
		this.endpoint = endpoint;
	}

	/**
	 * Prefix prepended to every table name, e.g. 'dev_' turns table 'users' into 'dev_users'.
	 * @return the value
	 */
	public String getTablePrefix() {
		return this.tablePrefix;
	}

	/**
	 * Sets {@link #getTablePrefix()}.
	 * @param tablePrefix prefix prepended to every table name, e.g. 'dev_' turns table 'users' into 'dev_users'
	 */
	public void setTablePrefix(@Nullable String tablePrefix) {
		this.tablePrefix = (tablePrefix != null) ? tablePrefix : "";
	}

	/**
	 * Suffix appended to every table name, e.g. '_staging' turns table 'users' into 'users_staging'.
	 * @return the value
	 */
	public String getTableSuffix() {
		return this.tableSuffix;
	}

	/**
	 * Sets {@link #getTableSuffix()}.
	 * @param tableSuffix suffix appended to every table name
	 */
	public void setTableSuffix(@Nullable String tableSuffix) {
		this.tableSuffix = (tableSuffix != null) ? tableSuffix : "";
	}

	/**
	 * What to do with the tables of the entities at start-up: 'create' creates missing tables and global indexes
	 * (never drops or alters anything), 'validate' fails the start-up when a table or index is missing, 'none' does
	 * nothing.
	 * @return the value
	 */
	public SyncMode getSync() {
		return this.sync;
	}

	/**
	 * Sets {@link #getSync()}.
	 * @param sync what to do with the tables of the entities at start-up: 'create' creates missing tables and global
	 * indexes (never drops or alters anything), 'validate' fails the start-up when a table or index is missing,
	 * 'none' does nothing
	 */
	public void setSync(SyncMode sync) {
		this.sync = sync;
	}

	/**
	 * How long one DynamoDB call may take, the SDK's retries included: a silent endpoint fails within it.
	 * @return the value
	 */
	public Duration getApiCallTimeout() {
		return this.apiCallTimeout;
	}

	/**
	 * Sets {@link #getApiCallTimeout()}.
	 * @param apiCallTimeout how long one DynamoDB call may take, the SDK's retries included: a silent endpoint fails
	 * within it
	 */
	public void setApiCallTimeout(Duration apiCallTimeout) {
		this.apiCallTimeout = apiCallTimeout;
	}

	/**
	 * How long one attempt of a DynamoDB call may take before the SDK retries it.
	 * @return the value
	 */
	public Duration getApiCallAttemptTimeout() {
		return this.apiCallAttemptTimeout;
	}

	/**
	 * Sets {@link #getApiCallAttemptTimeout()}.
	 * @param apiCallAttemptTimeout how long one attempt of a DynamoDB call may take before the SDK retries it
	 */
	public void setApiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
		this.apiCallAttemptTimeout = apiCallAttemptTimeout;
	}

	/**
	 * The static credentials ({@code dynamite.credentials.*}).
	 * @return the settings
	 */
	public Credentials getCredentials() {
		return this.credentials;
	}

	/**
	 * The embedded DynamoDB Local settings ({@code dynamite.embedded.*}).
	 * @return the settings
	 */
	public Embedded getEmbedded() {
		return this.embedded;
	}

	/**
	 * The repository settings ({@code dynamite.repositories.*}).
	 * @return the settings
	 */
	public Repositories getRepositories() {
		return this.repositories;
	}

	/**
	 * Request metrics.
	 * @return the value
	 */
	/**
	 * The metrics settings ({@code dynamite.metrics.*}).
	 * @return the settings
	 */
	public Metrics getMetrics() {
		return this.metrics;
	}

	/**
	 * The HTTP client settings ({@code dynamite.http.*}).
	 * @return the settings
	 */
	public Http getHttp() {
		return this.http;
	}

	@Override
	public String toString() {
		return "DynamiteProperties[region=" + this.region + ", endpoint=" + this.endpoint + ", tablePrefix='"
				+ this.tablePrefix + "', tableSuffix='" + this.tableSuffix + "', sync=" + this.sync + ", credentials="
				+ this.credentials + ", embedded="
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

		/**
		 * AWS access key id.
		 * @return the value
		 */
		public @Nullable String getAccessKeyId() {
			return this.accessKeyId;
		}

		/**
		 * Sets {@link #getAccessKeyId()}.
		 * @param accessKeyId AWS access key id
		 */
		public void setAccessKeyId(@Nullable String accessKeyId) {
			this.accessKeyId = accessKeyId;
		}

		/**
		 * AWS secret access key.
		 * @return the value
		 */
		public @Nullable String getSecretAccessKey() {
			return this.secretAccessKey;
		}

		/**
		 * Sets {@link #getSecretAccessKey()}.
		 * @param secretAccessKey AWS secret access key
		 */
		public void setSecretAccessKey(@Nullable String secretAccessKey) {
			this.secretAccessKey = secretAccessKey;
		}

		/**
		 * Whether both keys are set (static credentials are used); not a property.
		 * @return whether both keys are set (static credentials are used)
		 */
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

		/**
		 * Whether to start an in-memory DynamoDB Local on the loopback interface when 'com.amazonaws:DynamoDBLocal' is
		 * on the classpath and no 'dynamite.endpoint' is set.
		 * @return the value
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets {@link #isEnabled()}.
		 * @param enabled whether to start an in-memory DynamoDB Local on the loopback interface when
		 * 'com.amazonaws:DynamoDBLocal' is on the classpath and no 'dynamite.endpoint' is set
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Loopback port of the embedded DynamoDB Local; 0 picks a free port.
		 * @return the value
		 */
		public int getPort() {
			return this.port;
		}

		/**
		 * Sets {@link #getPort()}.
		 * @param port loopback port of the embedded DynamoDB Local; 0 picks a free port
		 */
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

		/**
		 * Whether to enable Dynamite repositories (interfaces under the application's packages) automatically.
		 * @return the value
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets {@link #isEnabled()}.
		 * @param enabled whether to enable Dynamite repositories (interfaces under the application's packages)
		 * automatically
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Reactive repositories, enabled when Project Reactor is on the class path.
		 * @return the value
		 */
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

			/**
			 * Whether to enable reactive Dynamite repositories automatically when Project Reactor is on the class path.
			 * @return the value
			 */
			public boolean isEnabled() {
				return this.enabled;
			}

			/**
			 * Sets {@link #isEnabled()}.
			 * @param enabled whether to enable reactive Dynamite repositories automatically when Project Reactor is on
			 * the
			 * class path
			 */
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

		/**
		 * Whether requests ask DynamoDB for the capacity they consume (ReturnConsumedCapacity=TOTAL), recorded as the
		 * distribution summary dynamite.consumed.capacity per table and operation when a MeterRegistry exists.
		 * @return the value
		 */
		public boolean isConsumedCapacity() {
			return this.consumedCapacity;
		}

		/**
		 * Sets {@link #isConsumedCapacity()}.
		 * @param consumedCapacity whether requests ask DynamoDB for the capacity they consume
		 * (ReturnConsumedCapacity=TOTAL), recorded as the distribution summary dynamite.consumed.capacity per table and
		 * operation when a MeterRegistry exists
		 */
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

		/**
		 * Timeout for establishing a connection.
		 * @return the value
		 */
		public Duration getConnectionTimeout() {
			return this.connectionTimeout;
		}

		/**
		 * Sets {@link #getConnectionTimeout()}.
		 * @param connectionTimeout timeout for establishing a connection
		 */
		public void setConnectionTimeout(Duration connectionTimeout) {
			this.connectionTimeout = connectionTimeout;
		}

		/**
		 * Timeout for reading from an established connection (socket timeout).
		 * @return the value
		 */
		public Duration getSocketTimeout() {
			return this.socketTimeout;
		}

		/**
		 * Sets {@link #getSocketTimeout()}.
		 * @param socketTimeout timeout for reading from an established connection (socket timeout)
		 */
		public void setSocketTimeout(Duration socketTimeout) {
			this.socketTimeout = socketTimeout;
		}

		/**
		 * Maximum number of open HTTP connections to DynamoDB.
		 * @return the value
		 */
		public int getMaxConnections() {
			return this.maxConnections;
		}

		/**
		 * Sets {@link #getMaxConnections()}.
		 * @param maxConnections maximum number of open HTTP connections to DynamoDB
		 */
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
