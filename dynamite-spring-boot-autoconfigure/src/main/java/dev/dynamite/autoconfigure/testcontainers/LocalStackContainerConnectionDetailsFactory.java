package dev.dynamite.autoconfigure.testcontainers;

import java.net.URI;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.localstack.LocalStackContainer;

import dev.dynamite.autoconfigure.DynamiteConnectionDetails;

/**
 * {@link DynamiteConnectionDetails} from a {@code @ServiceConnection} {@link LocalStackContainer}: its endpoint,
 * region and static credentials.
 */
class LocalStackContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<LocalStackContainer, DynamiteConnectionDetails> {

	LocalStackContainerConnectionDetailsFactory() {
		super(ANY_CONNECTION_NAME, "org.testcontainers.localstack.LocalStackContainer");
	}

	@Override
	protected DynamiteConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<LocalStackContainer> source) {
		return new LocalStackConnectionDetails(source);
	}

	private static final class LocalStackConnectionDetails extends ContainerConnectionDetails<LocalStackContainer>
			implements DynamiteConnectionDetails {

		LocalStackConnectionDetails(ContainerConnectionSource<LocalStackContainer> source) {
			super(source);
		}

		@Override
		public URI getEndpoint() {
			return getContainer().getEndpoint();
		}

		@Override
		public String getRegion() {
			return getContainer().getRegion();
		}

		@Override
		public String getAccessKeyId() {
			return getContainer().getAccessKey();
		}

		@Override
		public String getSecretAccessKey() {
			return getContainer().getSecretKey();
		}
	}
}
