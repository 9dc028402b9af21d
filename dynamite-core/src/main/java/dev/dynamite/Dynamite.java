package dev.dynamite;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.AsyncDynamiteTemplate;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.DynamiteTemplate;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.convert.EntityValidator;
import dev.dynamite.core.schema.SchemaChange;
import dev.dynamite.core.schema.SchemaSynchronizer;
import dev.dynamite.core.schema.SyncMode;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.TableNameResolver;
import dev.dynamite.mapping.TableNaming;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;
import dev.dynamite.repository.support.ReactiveDynamiteRepositoryFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Dynamite without Spring Boot: the seed's {@code new Dynamite({...}); connect(); sync()}.
 *
 * <pre class="code">
 * try (Dynamite dynamite = Dynamite.builder()
 *         .region("us-east-1").endpoint("http://localhost:8000").credentials("test", "test")
 *         .tables(User.class)
 *         .build()) {
 *     dynamite.sync();
 *     UserRepository users = dynamite.repository(UserRepository.class);
 * }
 * </pre>
 */
public final class Dynamite implements AutoCloseable {

	/** The default bound of one DynamoDB call, retries included: a silent endpoint fails within it. */
	public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(20);

	/** The default bound of one attempt of a DynamoDB call (the SDK retries a timed-out attempt). */
	public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

	private final DynamoDbClient client;

	private final boolean ownsClient;

	private final DynamiteMappingContext mappingContext;

	private final DynamiteTemplate template;

	private final List<Class<?>> tables;

	private final DynamiteRepositoryFactory repositories;

	private final DynamiteConverter converter;

	private @Nullable DynamoDbAsyncClient asyncClient;

	private final boolean ownsAsyncClient;

	private @Nullable AsyncDynamiteTemplate asyncTemplate;

	private Dynamite(Builder builder) {
		List<AttributeConverter<?>> converters = List.copyOf(builder.converters);
		TableNaming naming = (builder.tableNameResolver != null) ? new TableNaming(builder.tableNameResolver)
				: new TableNaming(builder.tablePrefix, builder.tableSuffix);
		this.mappingContext = new DynamiteMappingContext(naming, converters);
		this.tables = List.copyOf(builder.tables);
		// mapping errors (no partition key, two sort keys...) surface here, before any request
		this.tables.forEach(this.mappingContext::getRequiredPersistentEntity);
		this.ownsClient = builder.client == null;
		this.client = builder.client != null ? builder.client : builder.buildClient();
		DynamiteConverter converter = new DynamiteConverter(this.mappingContext, converters);
		if (builder.validator != null) {
			converter.setValidator(EntityValidator.of(builder.validator));
		}
		// unmappable field types surface here too, not at the first write
		this.tables.forEach(converter::verify);
		this.converter = converter;
		this.template = new DynamiteTemplate(this.client, converter);
		this.asyncClient = builder.asyncClient;
		this.ownsAsyncClient = builder.asyncClient == null;
		this.repositories = new DynamiteRepositoryFactory(this.template);
	}

	/**
	 * A new builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Creates missing tables and indexes of the registered entities ({@link SyncMode#CREATE}).
	 * @return the items
	 */
	public List<SchemaChange> sync() {
		return sync(SyncMode.CREATE);
	}

	/**
	 * Synchronises the registered tables in the given mode.
	 * @param mode the mode
	 * @return the items
	 */
	public List<SchemaChange> sync(SyncMode mode) {
		Assert.notNull(mode, "SyncMode must not be null");
		return new SchemaSynchronizer(this.client, this.mappingContext).sync(this.tables, mode);
	}

	/**
	 * The operations (a {@link DynamiteTemplate}).
	 * @return the operations (a {@link DynamiteTemplate})
	 */
	public DynamiteOperations template() {
		return this.template;
	}

	/**
	 * The non-blocking operations (an {@link AsyncDynamiteTemplate}), on the builder's async client or, without one, on
	 * an async client built on first use with the sync client's region, endpoint, credentials and timeouts.
	 * @return the non-blocking operations (an {@link AsyncDynamiteTemplate}), on the builder's async client or, without
	 * one, on an async client built on first use with the sync client's region, endpoint, credentials and timeouts
	 */
	public synchronized AsyncDynamiteOperations asyncTemplate() {
		if (this.asyncTemplate == null) {
			if (this.asyncClient == null) {
				this.asyncClient = AsyncClients.like(this.client);
			}
			this.asyncTemplate = new AsyncDynamiteTemplate(this.asyncClient, this.converter);
		}
		return this.asyncTemplate;
	}

	/**
	 * A repository implementing the given interface (a {@link dev.dynamite.repository.DynamiteRepository} with derived
	 * query methods), without Spring: {@code dynamite.repository(UserRepository.class)}.
	 * @param <R> the result type
	 * @param repositoryInterface the repository interface
	 * @return a repository implementing the given interface (a {@link dev.dynamite.repository.DynamiteRepository} with
	 * derived query methods), without Spring
	 */
	public <R> R repository(Class<R> repositoryInterface) {
		Assert.notNull(repositoryInterface, "Repository interface must not be null");
		return this.repositories.getRepository(repositoryInterface);
	}

	/**
	 * A reactive repository implementing the given interface (a
	 * {@link dev.dynamite.repository.ReactiveDynamiteRepository} with derived query methods) on
	 * {@link #asyncTemplate()}, without Spring. Needs Project Reactor.
	 * @param <R> the result type
	 * @param repositoryInterface the repository interface
	 * @return a reactive repository implementing the given interface (a {@link
	 * dev.dynamite.repository.ReactiveDynamiteRepository} with derived query methods) on {@link #asyncTemplate()},
	 * without Spring
	 */
	public <R> R reactiveRepository(Class<R> repositoryInterface) {
		Assert.notNull(repositoryInterface, "Repository interface must not be null");
		return new ReactiveDynamiteRepositoryFactory(asyncTemplate()).getRepository(repositoryInterface);
	}

	/**
	 * The DynamoDB client in use.
	 * @return the DynamoDB client in use
	 */
	public DynamoDbClient client() {
		return this.client;
	}

	/** Closes the client if this instance created it. */
	@Override
	public void close() {
		if (this.ownsClient) {
			this.client.close();
		}
		synchronized (this) {
			if (this.ownsAsyncClient && this.asyncClient != null) {
				this.asyncClient.close();
			}
		}
	}

	@Override
	public String toString() {
		return "Dynamite[tables=" + this.tables.stream().map(Class::getSimpleName).toList() + "]";
	}

	/** Configures a {@link Dynamite}. Credentials given here never appear in {@code toString()} or logs. */
	public static final class Builder {

		private @Nullable String region;

		private @Nullable URI endpoint;

		private @Nullable String accessKeyId;

		private @Nullable String secretAccessKey;

		private @Nullable DynamoDbClient client;

		private @Nullable DynamoDbAsyncClient asyncClient;

		private final List<Class<?>> tables = new ArrayList<>();

		private String tablePrefix = "";

		private String tableSuffix = "";

		private @Nullable TableNameResolver tableNameResolver;

		private @Nullable Object validator;

		private final List<AttributeConverter<?>> converters = new ArrayList<>();

		private Duration apiCallTimeout = DEFAULT_API_CALL_TIMEOUT;

		private Duration apiCallAttemptTimeout = DEFAULT_API_CALL_ATTEMPT_TIMEOUT;

		private Builder() {
		}

		/**
		 * The AWS region (e.g. {@code us-east-1}); without it the SDK's region chain decides.
		 * @param region the region
		 * @return the AWS region (e.g
		 */
		public Builder region(String region) {
			Assert.hasText(region, "Region must not be empty");
			this.region = region;
			return this;
		}

		/**
		 * An endpoint override, e.g. {@code http://localhost:8000} for DynamoDB Local.
		 * @param endpoint the endpoint
		 * @return an endpoint override, e.g
		 */
		public Builder endpoint(String endpoint) {
			Assert.hasText(endpoint, "Endpoint must not be empty");
			return endpoint(URI.create(endpoint));
		}

		/**
		 * An endpoint override.
		 * @param endpoint the endpoint
		 * @return an endpoint override
		 */
		public Builder endpoint(URI endpoint) {
			Assert.notNull(endpoint, "Endpoint must not be null");
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Static credentials; without them the AWS default credentials chain is used.
		 * @param accessKeyId the access key id
		 * @param secretAccessKey the secret access key
		 * @return the builder
		 */
		public Builder credentials(String accessKeyId, String secretAccessKey) {
			Assert.hasText(accessKeyId, "Access key id must not be empty");
			Assert.hasText(secretAccessKey, "Secret access key must not be empty");
			this.accessKeyId = accessKeyId;
			this.secretAccessKey = secretAccessKey;
			return this;
		}

		/**
		 * How long one DynamoDB call may take, retries included ({@link #DEFAULT_API_CALL_TIMEOUT} unless set). Applies to
		 * the client this builder creates, not to one given with {@link #client(DynamoDbClient)}.
		 * @param timeout the timeout
		 * @return the builder
		 */
		public Builder apiCallTimeout(Duration timeout) {
			Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "API call timeout must be positive");
			this.apiCallTimeout = timeout;
			return this;
		}

		/**
		 * How long one attempt of a DynamoDB call may take before the SDK retries it
		 * ({@link #DEFAULT_API_CALL_ATTEMPT_TIMEOUT} unless set). Applies to the client this builder creates.
		 * @param timeout the timeout
		 * @return the builder
		 */
		public Builder apiCallAttemptTimeout(Duration timeout) {
			Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(),
					"API call attempt timeout must be positive");
			this.apiCallAttemptTimeout = timeout;
			return this;
		}

		/**
		 * A client to use instead of building one; it is not closed by {@link Dynamite#close()}.
		 * @param client the DynamoDB client
		 * @return a client to use instead of building one
		 */
		public Builder client(DynamoDbClient client) {
			Assert.notNull(client, "DynamoDbClient must not be null");
			this.client = client;
			return this;
		}

		/**
		 * An async client for {@link Dynamite#asyncTemplate()} instead of building one; it is not closed by
		 * {@link Dynamite#close()}.
		 * @param client the DynamoDB client
		 * @return an async client for {@link Dynamite#asyncTemplate()} instead of building one
		 */
		public Builder asyncClient(DynamoDbAsyncClient client) {
			Assert.notNull(client, "DynamoDbAsyncClient must not be null");
			this.asyncClient = client;
			return this;
		}

		/**
		 * The entity classes whose tables {@link Dynamite#sync()} manages.
		 * @param entityTypes the entity types
		 * @return the entity classes whose tables {@link Dynamite#sync()} manages
		 */
		public Builder tables(Class<?>... entityTypes) {
			Assert.noNullElements(entityTypes, "Entity types must not contain null");
			this.tables.addAll(Arrays.asList(entityTypes));
			return this;
		}

		/**
		 * A prefix prepended to every table name.
		 * @param prefix the table name prefix
		 * @return a prefix prepended to every table name
		 */
		public Builder tablePrefix(String prefix) {
			Assert.notNull(prefix, "Table prefix must not be null");
			this.tablePrefix = prefix;
			return this;
		}

		/**
		 * A suffix appended to every table name (e.g. {@code "_staging"}).
		 * @param suffix the table name suffix
		 * @return the builder
		 */
		public Builder tableSuffix(String suffix) {
			Assert.notNull(suffix, "Table suffix must not be null");
			this.tableSuffix = suffix;
			return this;
		}

		/**
		 * Decides every full table name; when set, the prefix and suffix are not applied (the resolver may apply its
		 * own).
		 * @param resolver the table name resolver
		 * @return the builder
		 */
		public Builder tableNameResolver(TableNameResolver resolver) {
			Assert.notNull(resolver, "TableNameResolver must not be null");
			this.tableNameResolver = resolver;
			return this;
		}

		/**
		 * A Jakarta Bean Validation {@code Validator}: entities are checked on create and save, and an update's changed
		 * fields; a violation is a {@code jakarta.validation.ConstraintViolationException} and nothing is written.
		 * @param validator a {@code jakarta.validation.Validator}
		 * @return the builder
		 */
		public Builder validator(jakarta.validation.Validator validator) {
			Assert.notNull(validator, "Validator must not be null");
			this.validator = validator;
			return this;
		}

		/**
		 * User value converters (the SDK's {@link AttributeConverter}), preferred over the built-in ones.
		 * @param converters the converters
		 * @return the builder
		 */
		public Builder converters(AttributeConverter<?>... converters) {
			Assert.noNullElements(converters, "Converters must not contain null");
			this.converters.addAll(Arrays.asList(converters));
			return this;
		}

		/**
		 * Builds the instance (and its client, unless one was given).
		 * @return the dynamite
		 */
		public Dynamite build() {
			return new Dynamite(this);
		}

		private DynamoDbClient buildClient() {
			DynamoDbClientBuilder builder = DynamoDbClient.builder();
			if (this.region != null) {
				builder.region(Region.of(this.region));
			}
			else if (this.endpoint != null) {
				builder.region(Region.US_EAST_1);
			}
			if (this.endpoint != null) {
				builder.endpointOverride(this.endpoint);
			}
			AwsCredentialsProvider credentials = (this.accessKeyId != null && this.secretAccessKey != null)
					? StaticCredentialsProvider.create(AwsBasicCredentials.create(this.accessKeyId, this.secretAccessKey))
					: DefaultCredentialsProvider.builder().build();
			builder.overrideConfiguration(override -> override.apiCallTimeout(this.apiCallTimeout)
				.apiCallAttemptTimeout(this.apiCallAttemptTimeout));
			return builder.credentialsProvider(credentials).build();
		}

		@Override
		public String toString() {
			return "Dynamite.Builder[region=" + this.region + ", endpoint=" + this.endpoint + ", credentials="
					+ (this.accessKeyId == null ? "default chain" : "static (hidden)") + ", apiCallTimeout="
					+ this.apiCallTimeout + ", apiCallAttemptTimeout=" + this.apiCallAttemptTimeout + "]";
		}
	}
}
