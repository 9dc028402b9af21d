package dev.dynamite.autoconfigure;

import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.util.ReflectionUtils;

import dev.dynamite.autoconfigure.embedded.DynamiteEmbeddedAutoConfiguration;
import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import dev.dynamite.core.schema.SyncMode;
import dev.dynamite.test.LocalDynamoDb;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DynamoDbClient auto-configuration and the binding of {@code dynamite.*}. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class DynamiteAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DynamiteEmbeddedAutoConfiguration.class, DynamiteAutoConfiguration.class));

	@Test
	void bindsEveryProperty() {
		this.contextRunner
			.withPropertyValues("dynamite.region=eu-west-1", "dynamite.endpoint=http://localhost:4566",
					"dynamite.credentials.access-key-id=AKIDEXAMPLE", "dynamite.credentials.secret-access-key=s3cr3t",
					"dynamite.table-prefix=dev_", "dynamite.sync=validate", "dynamite.embedded.enabled=false",
					"dynamite.embedded.port=8123", "dynamite.repositories.enabled=false",
					"dynamite.http.connection-timeout=500ms", "dynamite.http.socket-timeout=5s",
					"dynamite.http.max-connections=7")
			.run((context) -> {
				DynamiteProperties properties = context.getBean(DynamiteProperties.class);
				assertThat(properties.getRegion()).isEqualTo("eu-west-1");
				assertThat(properties.getEndpoint()).isEqualTo(URI.create("http://localhost:4566"));
				assertThat(properties.getCredentials().getAccessKeyId()).isEqualTo("AKIDEXAMPLE");
				assertThat(properties.getCredentials().getSecretAccessKey()).isEqualTo("s3cr3t");
				assertThat(properties.getTablePrefix()).isEqualTo("dev_");
				assertThat(properties.getSync()).isEqualTo(SyncMode.VALIDATE);
				assertThat(properties.getEmbedded().isEnabled()).isFalse();
				assertThat(properties.getEmbedded().getPort()).isEqualTo(8123);
				assertThat(properties.getRepositories().isEnabled()).isFalse();
				assertThat(properties.getHttp().getConnectionTimeout()).isEqualTo(Duration.ofMillis(500));
				assertThat(properties.getHttp().getSocketTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(properties.getHttp().getMaxConnections()).isEqualTo(7);
			});
	}

	@Test
	void defaults() {
		DynamiteProperties properties = new DynamiteProperties();
		assertThat(properties.getSync()).isEqualTo(SyncMode.CREATE);
		assertThat(properties.getTablePrefix()).isEmpty();
		assertThat(properties.getEmbedded().isEnabled()).isTrue();
		assertThat(properties.getEmbedded().getPort()).isZero();
		assertThat(properties.getRepositories().isEnabled()).isTrue();
		assertThat(properties.getHttp().getConnectionTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.getHttp().getSocketTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.getHttp().getMaxConnections()).isEqualTo(50);
	}

	@Test
	void clientUsesRegionEndpointStaticCredentialsAndTheApache5HttpClient() {
		this.contextRunner
			.withPropertyValues("dynamite.region=eu-west-1", "dynamite.endpoint=http://localhost:4566",
					"dynamite.credentials.access-key-id=AKIDEXAMPLE", "dynamite.credentials.secret-access-key=s3cr3t")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
				assertThat(client.serviceClientConfiguration().endpointOverride())
					.contains(URI.create("http://localhost:4566"));
				AwsCredentialsIdentity identity = client.serviceClientConfiguration()
					.credentialsProvider()
					.resolveIdentity()
					.join();
				assertThat(identity.accessKeyId()).isEqualTo("AKIDEXAMPLE");
				assertThat(identity.secretAccessKey()).isEqualTo("s3cr3t");
				assertThat(httpClient(client).clientName()).isEqualTo("Apache5");
			});
	}

	@Test
	void endpointWithoutRegionDefaultsToUsEast1() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://localhost:4566")
			.run((context) -> assertThat(
					context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.US_EAST_1));
	}

	@Test
	void anEndpointWithoutSchemeFailsWithAClearMessage() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=localhost:8000")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("dynamite.endpoint must be an http(s) URL with a host, such as http://localhost:8000, "
						+ "but was 'localhost:8000'"));
	}

	@Test
	void theClientHasBoundedCallTimeoutsThatPropertiesChange() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://localhost:4566").run((context) -> {
			var override = context.getBean(DynamoDbClient.class).serviceClientConfiguration().overrideConfiguration();
			assertThat(override.apiCallTimeout()).contains(dev.dynamite.Dynamite.DEFAULT_API_CALL_TIMEOUT);
			assertThat(override.apiCallAttemptTimeout()).contains(dev.dynamite.Dynamite.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
		});
		this.contextRunner
			.withPropertyValues("dynamite.endpoint=http://localhost:4566", "dynamite.api-call-timeout=7s",
					"dynamite.api-call-attempt-timeout=1500ms")
			.run((context) -> {
				var override = context.getBean(DynamoDbClient.class).serviceClientConfiguration().overrideConfiguration();
				assertThat(override.apiCallTimeout()).contains(Duration.ofSeconds(7));
				assertThat(override.apiCallAttemptTimeout()).contains(Duration.ofMillis(1500));
			});
	}

	@Test
	void aNonPositiveTimeoutFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://localhost:4566", "dynamite.api-call-timeout=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("dynamite.api-call-timeout")
				.hasMessageContaining("PT0S"));
	}

	@Test
	void withoutEndpointOrEmbeddedServerItLogsOnceThatItConnectsToAws(
			org.springframework.boot.test.system.CapturedOutput output) {
		this.contextRunner.withPropertyValues("dynamite.region=eu-west-1", "dynamite.embedded.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(DynamoDbClient.class));
		assertThat(output).containsOnlyOnce(
				"Dynamite connects to AWS DynamoDB in region eu-west-1 with the default AWS credentials chain");
	}

	@Test
	void onlyOneKeyMeansTheDefaultCredentialsChain() {
		this.contextRunner
			.withPropertyValues("dynamite.region=eu-west-1", "dynamite.embedded.enabled=false",
					"dynamite.credentials.access-key-id=AKIDEXAMPLE")
			.run((context) -> assertThat(
					context.getBean(DynamoDbClient.class).serviceClientConfiguration().credentialsProvider())
				.isInstanceOf(DefaultCredentialsProvider.class));
	}

	@Test
	void customizersRunInOrderAfterTheProperties() {
		this.contextRunner.withPropertyValues("dynamite.region=eu-west-1", "dynamite.embedded.enabled=false")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> assertThat(
					context.getBean(DynamoDbClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.AP_SOUTH_1));
	}

	@Test
	void theAsyncClientIsLazyAndTakesTheSameProperties() {
		this.contextRunner
			.withPropertyValues("dynamite.region=eu-west-1", "dynamite.endpoint=http://localhost:4566",
					"dynamite.credentials.access-key-id=AKIDEXAMPLE", "dynamite.credentials.secret-access-key=s3cr3t",
					"dynamite.api-call-timeout=9s")
			.run((context) -> {
				assertThat(context.getBeanFactory().getBeanDefinition("dynamoDbAsyncClient").isLazyInit()).isTrue();
				assertThat(context.getBeanFactory().containsSingleton("dynamoDbAsyncClient")).isFalse();
				DynamoDbAsyncClient async = context.getBean(DynamoDbAsyncClient.class);
				DynamoDbServiceClientConfiguration configuration = async.serviceClientConfiguration();
				assertThat(configuration.region()).isEqualTo(Region.EU_WEST_1);
				assertThat(configuration.endpointOverride()).contains(URI.create("http://localhost:4566"));
				assertThat(configuration.overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(9));
				assertThat(configuration.credentialsProvider().resolveIdentity().join().accessKeyId())
					.isEqualTo("AKIDEXAMPLE");
			});
	}

	@Test
	void theAsyncClientRunsOnCrtWhenTheApplicationHasItElseOnNetty() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://localhost:4566")
			.run((context) -> assertThat(asyncHttpClient(context.getBean(DynamoDbAsyncClient.class)).clientName())
				.isEqualTo("AwsCommonRuntime"));
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://localhost:4566")
			.withClassLoader(new FilteredClassLoader("software.amazon.awssdk.http.crt"))
			.run((context) -> assertThat(asyncHttpClient(context.getBean(DynamoDbAsyncClient.class)).clientName())
				.isEqualTo("NettyNio"));
	}

	@Test
	void asyncCustomizersRunAfterTheProperties() {
		this.contextRunner.withPropertyValues("dynamite.region=eu-west-1", "dynamite.embedded.enabled=false")
			.withBean(DynamiteAsyncClientCustomizer.class, () -> (builder) -> builder.region(Region.AP_SOUTH_1))
			.run((context) -> assertThat(
					context.getBean(DynamoDbAsyncClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.AP_SOUTH_1));
	}

	@Test
	void userConnectionDetailsWinOverThePropertiesForBothClientsAndNoEmbeddedServerStarts() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(dev.dynamite.autoconfigure.embedded.DynamiteEmbeddedAutoConfiguration.class))
			.withPropertyValues("dynamite.region=eu-west-1", "dynamite.credentials.access-key-id=FROMPROPERTIES",
					"dynamite.credentials.secret-access-key=x")
			.withBean(DynamiteConnectionDetails.class, () -> new DynamiteConnectionDetails() {

				@Override
				public URI getEndpoint() {
					return URI.create(LocalDynamoDb.endpoint().toString());
				}

				@Override
				public String getRegion() {
					return "ap-south-1";
				}

				@Override
				public String getAccessKeyId() {
					return "FROMDETAILS";
				}

				@Override
				public String getSecretAccessKey() {
					return "y";
				}
			})
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class)
					.doesNotHaveBean(PropertiesDynamiteConnectionDetails.class);
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.AP_SOUTH_1);
				assertThat(client.serviceClientConfiguration().endpointOverride()).contains(LocalDynamoDb.endpoint());
				assertThat(client.serviceClientConfiguration().credentialsProvider().resolveIdentity().join()
					.accessKeyId()).isEqualTo("FROMDETAILS");
				assertThat(client.listTables().sdkHttpResponse().isSuccessful()).isTrue();
				assertThat(context.getBean(DynamoDbAsyncClient.class).serviceClientConfiguration().region())
					.isEqualTo(Region.AP_SOUTH_1);
			});
	}

	@Test
	void thePropertiesAreTheDefaultConnectionDetailsWithoutTheirSecretInToString() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://localhost:4566",
				"dynamite.credentials.access-key-id=AKIDEXAMPLE", "dynamite.credentials.secret-access-key=s3cr3t")
			.run((context) -> {
				DynamiteConnectionDetails details = context.getBean(DynamiteConnectionDetails.class);
				assertThat(details.getEndpoint()).isEqualTo(URI.create("http://localhost:4566"));
				assertThat(details.getRegion()).isEqualTo("us-east-1");
				assertThat(details.getAccessKeyId()).isEqualTo("AKIDEXAMPLE");
				assertThat(details.toString()).doesNotContain("s3cr3t").doesNotContain("AKIDEXAMPLE");
			});
	}

	@Test
	void aUserClientWinsAndNoEmbeddedServerStarts() {
		this.contextRunner.withUserConfiguration(UserClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(DynamoDbClient.class);
			assertThat(context).getBean("myClient").isSameAs(context.getBean(DynamoDbClient.class));
			assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
		});
	}

	@Test
	void clientIsClosedWithTheContext() {
		this.contextRunner
			.withPropertyValues("dynamite.endpoint=" + LocalDynamoDb.endpoint(),
					"dynamite.credentials.access-key-id=test", "dynamite.credentials.secret-access-key=test")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.listTables().sdkHttpResponse().isSuccessful()).isTrue();
				context.close();
				// the closed client's timeout scheduler (or connection pool) refuses the call
				// (it is shut down, or still shutting down, when the call comes)
				assertThatThrownBy(client::listTables)
					.satisfies((ex) -> assertThat(stackTrace(ex)).containsAnyOf("shut down", "Terminated", "Shutting down"));
			});
	}

	private static String stackTrace(Throwable ex) {
		java.io.StringWriter out = new java.io.StringWriter();
		ex.printStackTrace(new java.io.PrintWriter(out));
		return out.toString();
	}

	static SdkHttpClient httpClient(DynamoDbClient client) {
		Field field = ReflectionUtils.findField(client.getClass(), "clientConfiguration");
		ReflectionUtils.makeAccessible(field);
		SdkClientConfiguration configuration = (SdkClientConfiguration) ReflectionUtils.getField(field, client);
		return configuration.option(SdkClientOption.SYNC_HTTP_CLIENT);
	}

	static SdkAsyncHttpClient asyncHttpClient(DynamoDbAsyncClient client) {
		Field field = ReflectionUtils.findField(client.getClass(), "clientConfiguration");
		ReflectionUtils.makeAccessible(field);
		SdkClientConfiguration configuration = (SdkClientConfiguration) ReflectionUtils.getField(field, client);
		return configuration.option(SdkClientOption.ASYNC_HTTP_CLIENT);
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		DynamiteClientCustomizer second() {
			return (builder) -> builder.region(Region.AP_SOUTH_1);
		}

		@Bean
		@Order(1)
		DynamiteClientCustomizer first() {
			return (builder) -> builder.region(Region.US_WEST_2);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		DynamoDbClient myClient() {
			return DynamoDbClient.builder()
				.region(Region.EU_CENTRAL_1)
				.endpointOverride(URI.create("http://localhost:4566"))
				.build();
		}
	}
}
