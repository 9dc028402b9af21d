package dev.dynamite.autoconfigure.embedded;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.BookRepository;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The embedded DynamoDB Local: started before the client, on loopback, stopped with the context. */
@ExtendWith(OutputCaptureExtension.class)
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
	void doesNotAcceptConnectionsOnOtherInterfaces() throws Exception {
		InetAddress external = nonLoopbackAddress();
		assumeTrue(external != null, "this host has no non-loopback IPv4 address");
		this.contextRunner.run((context) -> {
			int port = context.getBean(EmbeddedDynamoDbLocal.class).getPort();
			assertThat(accepts(new InetSocketAddress("127.0.0.1", port))).isTrue();
			assertThat(accepts(new InetSocketAddress(external, port))).as("reachable on " + external).isFalse();
		});
	}

	@Test
	void aWholeApplicationUsesItLogsItsUrlAndStopsIt(CapturedOutput output) {
		int port;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.run()) {
			EmbeddedDynamoDbLocal local = context.getBean(EmbeddedDynamoDbLocal.class);
			port = local.getPort();
			assertThat(output).contains("Started embedded DynamoDB Local at http://127.0.0.1:" + port);
			assertThat(output).contains("Created DynamoDB table 'books'")
				.doesNotContain("DynamoDBLocalServiceException");
			BookRepository books = context.getBean(BookRepository.class);
			books.save(new Book("1", "Tolkien", "The Hobbit"));
			assertThat(books.findByAuthor("Tolkien")).extracting(Book::getTitle).containsExactly("The Hobbit");
			assertThat(context.getEnvironment().getProperty("logging.level.com.amazonaws.services.dynamodbv2.local"))
				.isEqualTo("WARN");
		}
		assertThat(accepts(new InetSocketAddress("127.0.0.1", port))).isFalse();
	}

	@Test
	void aConfiguredPortIsUsed() {
		int port = freePort();
		this.contextRunner.withPropertyValues("dynamite.embedded.port=" + port)
			.run((context) -> assertThat(context.getBean(EmbeddedDynamoDbLocal.class).getEndpoint())
				.isEqualTo(URI.create("http://127.0.0.1:" + port)));
	}

	@Test
	void aPortInUseFailsTheStartWithAClearMessage() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.contextRunner.withPropertyValues("dynamite.embedded.port=" + taken.getLocalPort())
				.run((context) -> assertThat(context).getFailure()
					.hasMessageContaining("Could not start embedded DynamoDB Local on 127.0.0.1:" + taken.getLocalPort())
					.hasMessageContaining("dynamite.embedded.port"));
		}
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
		return accepts(new InetSocketAddress("127.0.0.1", port));
	}

	private static boolean accepts(InetSocketAddress address) {
		try (Socket socket = new Socket()) {
			socket.connect(address, 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable InetAddress nonLoopbackAddress() throws SocketException {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					if (address instanceof Inet4Address) {
						return address;
					}
				}
			}
		}
		return null;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(SampleConfiguration.class)
	static class Application {

	}
}
