package dev.dynamite.autoconfigure.testcontainers;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSources;
import org.springframework.objenesis.ObjenesisStd;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import dev.dynamite.autoconfigure.DynamiteConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code @ServiceConnection} factories, found through {@code spring.factories} as Spring Boot finds them, map a
 * container to {@link DynamiteConnectionDetails}. The containers are never started: their host and mapped port are
 * stubbed, so no Docker is needed.
 */
class ContainerConnectionDetailsFactoriesTests {

	private final ConnectionDetailsFactories factories = new ConnectionDetailsFactories(getClass().getClassLoader());

	private DynamiteConnectionDetails dynamiteDetailsOf(Object source) throws Exception {
		Map<Class<?>, ConnectionDetails> details = this.factories.getConnectionDetails(source, true);
		assertThat(details).containsKey(DynamiteConnectionDetails.class);
		ConnectionDetails found = details.get(DynamiteConnectionDetails.class);
		// Boot calls this when it registers the bean: it takes the container from the source
		((InitializingBean) found).afterPropertiesSet();
		return (DynamiteConnectionDetails) found;
	}

	@Test
	void aLocalStackContainerGivesItsEndpointRegionAndCredentials() throws Exception {
		StubLocalStack localStack = StubLocalStack.create();
		DynamiteConnectionDetails details = dynamiteDetailsOf(
				ContainerConnectionSources.of(LocalStackContainer.class, "localstack/localstack:4.4", localStack));
		assertThat(details.getEndpoint()).isEqualTo(URI.create("http://127.0.0.1:44566"));
		assertThat(details.getRegion()).isEqualTo("eu-west-3");
		assertThat(details.getAccessKeyId()).isEqualTo("stub-access-key");
		assertThat(details.getSecretAccessKey()).isEqualTo("stub-secret-key");
	}

	@Test
	void aDynamoDbLocalContainerGivesItsMappedPortAndStaticCredentials() throws Exception {
		DynamiteConnectionDetails details = dynamiteDetailsOf(ContainerConnectionSources.of(GenericContainer.class,
				"amazon/dynamodb-local:2.6.1", new StubContainer("amazon/dynamodb-local:2.6.1")));
		assertThat(details.getEndpoint()).isEqualTo(URI.create("http://127.0.0.1:48000"));
		assertThat(details.getRegion()).isEqualTo("us-east-1");
		assertThat(details.getAccessKeyId()).isNotBlank();
		assertThat(details.getSecretAccessKey()).isNotBlank();
	}

	@Test
	void anotherImageGetsNoDynamiteConnectionDetails() {
		Map<Class<?>, ConnectionDetails> details = this.factories.getConnectionDetails(
				ContainerConnectionSources.of(GenericContainer.class, "redis:7", new StubContainer("redis:7")), false);
		assertThat(details).doesNotContainKey(DynamiteConnectionDetails.class);
	}

	@Test
	void theSecretIsNotInTheDetailsText() throws Exception {
		StubLocalStack localStack = StubLocalStack.create();
		DynamiteConnectionDetails details = dynamiteDetailsOf(
				ContainerConnectionSources.of(LocalStackContainer.class, "localstack/localstack:4.4", localStack));
		assertThat(details.toString()).doesNotContain("stub-secret-key");
	}

	/**
	 * A LocalStack container that reports a host, port, region and credentials without running. LocalStack's
	 * constructor asks Docker for its socket, so the stub is made without running it.
	 */
	static class StubLocalStack extends LocalStackContainer {

		StubLocalStack() {
			super(DockerImageName.parse("localstack/localstack:4.4"));
		}

		static StubLocalStack create() {
			return new ObjenesisStd().newInstance(StubLocalStack.class);
		}

		@Override
		public void start() {
		}

		@Override
		public String getHost() {
			return "127.0.0.1";
		}

		@Override
		public Integer getMappedPort(int originalPort) {
			return 40000 + originalPort;
		}

		@Override
		public String getRegion() {
			return "eu-west-3";
		}

		@Override
		public String getAccessKey() {
			return "stub-access-key";
		}

		@Override
		public String getSecretKey() {
			return "stub-secret-key";
		}
	}

	/** Any container that reports a host and port without running. */
	static final class StubContainer extends GenericContainer<StubContainer> {

		StubContainer(String image) {
			super(DockerImageName.parse(image));
		}

		@Override
		public void start() {
		}

		@Override
		public String getHost() {
			return "127.0.0.1";
		}

		@Override
		public Integer getMappedPort(int originalPort) {
			return 40000 + originalPort;
		}
	}
}
