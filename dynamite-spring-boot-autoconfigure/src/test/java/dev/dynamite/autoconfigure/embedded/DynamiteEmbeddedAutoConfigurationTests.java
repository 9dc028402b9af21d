package dev.dynamite.autoconfigure.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded DynamoDB Local: started before the client, on loopback, stopped with the context. */
class DynamiteEmbeddedAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DynamiteEmbeddedAutoConfiguration.class, DynamiteAutoConfiguration.class));

	@Test
	void startsOnLoopbackAndTheClientUsesItThenStopsOnClose() {
		AtomicReference<URI> endpoint = new AtomicReference<>();
		this.contextRunner.run((context) -> {
			EmbeddedDynamoDbLocal local = context.getBean(EmbeddedDynamoDbLocal.class);
			endpoint.set(local.getEndpoint());
			assertThat(local.getEndpoint().getHost()).isEqualTo("127.0.0.1");
			assertThat(local.isLoopbackOnly()).isTrue();
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(client.serviceClientConfiguration().endpointOverride()).contains(local.getEndpoint());
			client.createTable((table) -> table.tableName("embedded_check")
				.keySchema((key) -> key.attributeName("id").keyType("HASH"))
				.attributeDefinitions((attribute) -> attribute.attributeName("id").attributeType("S"))
				.billingMode("PAY_PER_REQUEST"));
			assertThat(client.listTables().tableNames()).containsExactly("embedded_check");
			assertThat(accepts(local.getPort())).isTrue();
		});
		assertThat(accepts(endpoint.get().getPort())).as("port closed after the context closed").isFalse();
	}

	@Test
	void isNotStartedWithoutDynamoDbLocalOnTheClasspath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("com.amazonaws.services.dynamodbv2.local"))
			.withPropertyValues("dynamite.region=eu-west-1")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
				assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().endpointOverride())
					.isEmpty();
			});
	}

	@Test
	void isNotStartedWhenAnEndpointIsSet() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://localhost:4566")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class));
	}

	@Test
	void isNotStartedWhenDisabled() {
		this.contextRunner.withPropertyValues("dynamite.embedded.enabled=false", "dynamite.region=eu-west-1")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class));
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
