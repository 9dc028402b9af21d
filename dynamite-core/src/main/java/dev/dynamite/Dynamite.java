package dev.dynamite;

import java.net.URI;
import java.util.List;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.schema.SchemaChange;
import dev.dynamite.core.schema.SyncMode;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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

	private Dynamite() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** Creates missing tables and indexes of the registered entities ({@link SyncMode#CREATE}). */
	public List<SchemaChange> sync() {
		return sync(SyncMode.CREATE);
	}

	/** Synchronises the registered tables in the given mode. */
	public List<SchemaChange> sync(SyncMode mode) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** The operations (a {@link dev.dynamite.core.DynamiteTemplate}). */
	public DynamiteOperations template() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** The DynamoDB client in use. */
	public DynamoDbClient client() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** Closes the client if this instance created it. */
	@Override
	public void close() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** Configures a {@link Dynamite}. */
	public static final class Builder {

		private Builder() {
		}

		/** The AWS region (e.g. {@code us-east-1}). */
		public Builder region(String region) {
			throw new UnsupportedOperationException("not implemented yet");
		}

		/** An endpoint override, e.g. {@code http://localhost:8000} for DynamoDB Local. */
		public Builder endpoint(String endpoint) {
			return endpoint(URI.create(endpoint));
		}

		/** An endpoint override. */
		public Builder endpoint(URI endpoint) {
			throw new UnsupportedOperationException("not implemented yet");
		}

		/** Static credentials; without them the AWS default credentials chain is used. */
		public Builder credentials(String accessKeyId, String secretAccessKey) {
			throw new UnsupportedOperationException("not implemented yet");
		}

		/** A client to use instead of building one; it is not closed by {@link Dynamite#close()}. */
		public Builder client(DynamoDbClient client) {
			throw new UnsupportedOperationException("not implemented yet");
		}

		/** The entity classes whose tables {@link Dynamite#sync()} manages. */
		public Builder tables(Class<?>... entityTypes) {
			throw new UnsupportedOperationException("not implemented yet");
		}

		/** A prefix prepended to every table name. */
		public Builder tablePrefix(String prefix) {
			throw new UnsupportedOperationException("not implemented yet");
		}

		/** User value converters. */
		public Builder converters(AttributeConverter<?>... converters) {
			throw new UnsupportedOperationException("not implemented yet");
		}

		/** Builds the instance. */
		public Dynamite build() {
			throw new UnsupportedOperationException("not implemented yet");
		}
	}
}
