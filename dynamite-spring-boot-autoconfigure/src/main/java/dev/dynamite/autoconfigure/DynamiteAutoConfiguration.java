package dev.dynamite.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

import dev.dynamite.autoconfigure.embedded.DynamiteEmbeddedAutoConfiguration;
import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Auto-configuration of the {@link DynamoDbClient} from the {@code dynamite.*} properties: an Apache 5 HTTP client,
 * region, endpoint override (or the embedded DynamoDB Local), static credentials when both keys are set (else the
 * AWS default credentials chain), then every {@link DynamiteClientCustomizer} in order. A user's own
 * {@code DynamoDbClient} bean replaces it. The client is closed with the application context.
 */
@AutoConfiguration(after = DynamiteEmbeddedAutoConfiguration.class)
@ConditionalOnClass({ DynamoDbClient.class, Apache5HttpClient.class })
@EnableConfigurationProperties(DynamiteProperties.class)
public final class DynamiteAutoConfiguration {

	private static final Log logger = LogFactory.getLog(DynamiteAutoConfiguration.class);

	/** Where the clients connect: the {@code dynamite.*} properties, unless the application has its own details. */
	@Bean
	@ConditionalOnMissingBean(DynamiteConnectionDetails.class)
	PropertiesDynamiteConnectionDetails dynamiteConnectionDetails(DynamiteProperties properties,
			ObjectProvider<EmbeddedDynamoDbLocal> embedded) {
		return new PropertiesDynamiteConnectionDetails(properties, embedded.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoDbClient dynamoDbClient(DynamiteProperties properties, DynamiteConnectionDetails connection,
			ObjectProvider<DynamiteClientCustomizer> customizers) {
		DynamoDbClientBuilder builder = new DynamoDbClientBuilderFactory(properties, connection).builder();
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		DynamoDbClient client = builder.build();
		if (connection.getEndpoint() == null) {
			logger.info("Dynamite connects to AWS DynamoDB in region " + client.serviceClientConfiguration().region()
					+ " with " + (connection.getAccessKeyId() != null ? "static credentials"
							: "the default AWS credentials chain")
					+ " (no dynamite.endpoint is set and no embedded DynamoDB Local runs: add "
					+ "dev.dynamite:dynamite-dynamodb-local in test scope for one in development)");
		}
		return client;
	}

	/**
	 * The async client, from the same properties, for the async template and the reactive repositories, on the AWS
	 * CRT HTTP client when {@code software.amazon.awssdk:aws-crt-client} is on the class path, else on Netty NIO.
	 * Lazy: its event loop starts only when something uses it. A user's own {@code DynamoDbAsyncClient} bean
	 * replaces it.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient")
	static class AsyncClientConfiguration {

		private static final String CRT_CLIENT = "software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient";

		@Bean
		@Lazy
		@ConditionalOnMissingBean
		DynamoDbAsyncClient dynamoDbAsyncClient(DynamiteProperties properties, DynamiteConnectionDetails connection,
				ObjectProvider<DynamiteAsyncClientCustomizer> customizers, ResourceLoader resourceLoader) {
			boolean crt = ClassUtils.isPresent(CRT_CLIENT, resourceLoader.getClassLoader());
			DynamoDbAsyncClientBuilder builder = new DynamoDbClientBuilderFactory(properties, connection)
				.asyncBuilder(crt);
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}
	}

	/** Masks the secret access key in the actuator's configprops and env endpoints. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean
		DynamiteCredentialsSanitizingFunction dynamiteCredentialsSanitizingFunction() {
			return new DynamiteCredentialsSanitizingFunction();
		}
	}
}
