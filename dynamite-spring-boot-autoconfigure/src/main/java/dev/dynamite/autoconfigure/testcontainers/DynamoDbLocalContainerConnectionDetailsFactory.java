package dev.dynamite.autoconfigure.testcontainers;

import java.net.URI;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.Container;

import dev.dynamite.autoconfigure.DynamiteConnectionDetails;

/**
 * {@link DynamiteConnectionDetails} from a {@code @ServiceConnection} container of the {@value #IMAGE} image (any
 * {@code GenericContainer}): {@code http://<host>:<mapped port of 8000>}, region {@value #REGION} and the static
 * credentials {@value #ACCESS_KEY_ID} / {@value #SECRET_ACCESS_KEY}, which DynamoDB Local accepts (it keeps one
 * database per access key and region unless started with {@code -sharedDb}). For another image name, give
 * {@code @ServiceConnection(name = "amazon/dynamodb-local")}.
 */
class DynamoDbLocalContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<Container<?>, DynamiteConnectionDetails> {

	/** The image, and connection name, this factory serves. */
	static final String IMAGE = "amazon/dynamodb-local";

	/** The port DynamoDB Local listens on inside its image. */
	static final int PORT = 8000;

	static final String REGION = "us-east-1";

	static final String ACCESS_KEY_ID = "dynamite";

	static final String SECRET_ACCESS_KEY = "dynamite";

	DynamoDbLocalContainerConnectionDetailsFactory() {
		super(IMAGE);
	}

	@Override
	protected DynamiteConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
		return new DynamoDbLocalConnectionDetails(source);
	}

	private static final class DynamoDbLocalConnectionDetails extends ContainerConnectionDetails<Container<?>>
			implements DynamiteConnectionDetails {

		DynamoDbLocalConnectionDetails(ContainerConnectionSource<Container<?>> source) {
			super(source);
		}

		@Override
		public URI getEndpoint() {
			Container<?> container = getContainer();
			return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT));
		}

		@Override
		public String getRegion() {
			return REGION;
		}

		@Override
		public String getAccessKeyId() {
			return ACCESS_KEY_ID;
		}

		@Override
		public String getSecretAccessKey() {
			return SECRET_ACCESS_KEY;
		}
	}
}
