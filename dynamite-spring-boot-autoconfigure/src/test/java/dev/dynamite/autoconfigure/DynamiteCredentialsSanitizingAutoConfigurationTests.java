package dev.dynamite.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
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

import dev.dynamite.autoconfigure.embedded.DynamiteEmbeddedAutoConfiguration;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;
import dev.dynamite.test.LocalDynamoDb;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secret access key never shows: not in the actuator's configprops and env endpoints (even with
 * {@code show-values=always}), not in logs, not in {@code toString()}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DynamiteCredentialsSanitizingAutoConfigurationTests {

	private static final String ACCESS_KEY = "AKIDVISIBLEKEYID";

	private static final String SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRET";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteEmbeddedAutoConfiguration.class,
				DynamiteAutoConfiguration.class, EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"dynamite.endpoint=http://localhost:4566", "dynamite.credentials.access-key-id=" + ACCESS_KEY,
				"dynamite.credentials.secret-access-key=" + SECRET);

	@Test
	void configpropsShowsTheAccessKeyIdButNotTheSecret() {
		this.contextRunner.run((context) -> {
			String json = JsonMapper.builder()
				.build()
				.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
					.configurationProperties());
			assertThat(json).contains("dynamite").contains(ACCESS_KEY).contains("secretAccessKey");
			assertThat(json).doesNotContain(SECRET);
		});
	}

	@Test
	void envShowsTheAccessKeyIdButNotTheSecret() {
		this.contextRunner.run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			String json = JsonMapper.builder().build().writeValueAsString(endpoint.environment(null));
			assertThat(json).contains("dynamite.credentials.secret-access-key").contains(ACCESS_KEY);
			assertThat(json).doesNotContain(SECRET);
			String entry = JsonMapper.builder()
				.build()
				.writeValueAsString(endpoint.environmentEntry("dynamite.credentials.secret-access-key"));
			assertThat(entry).contains("******").doesNotContain(SECRET);
		});
	}

	@Test
	void environmentVariableSpellingIsMaskedToo() {
		assertThat(DynamiteCredentialsSanitizingFunction.isSecret("DYNAMITE_CREDENTIALS_SECRETACCESSKEY")).isTrue();
		assertThat(DynamiteCredentialsSanitizingFunction.isSecret("dynamite.credentials.secretAccessKey")).isTrue();
		assertThat(DynamiteCredentialsSanitizingFunction.isSecret("dynamite.credentials.access-key-id")).isFalse();
	}

	@Test
	void noSanitizingFunctionWithoutTheActuator() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.endpoint.SanitizingFunction"))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamiteCredentialsSanitizingFunction.class));
	}

	@Test
	void propertiesToStringHidesTheSecret() {
		DynamiteProperties properties = new DynamiteProperties();
		properties.getCredentials().setAccessKeyId(ACCESS_KEY);
		properties.getCredentials().setSecretAccessKey(SECRET);
		assertThat(properties.toString()).contains(ACCESS_KEY).doesNotContain(SECRET).contains("******");
		assertThat(properties.getCredentials().toString()).doesNotContain(SECRET);
	}

	@Test
	void aWholeApplicationLogsNoSecretEvenAtDebug(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.run("--dynamite.endpoint=" + LocalDynamoDb.endpoint(), "--dynamite.credentials.access-key-id=" + ACCESS_KEY,
					"--dynamite.credentials.secret-access-key=" + SECRET,
					"--dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("secrets"), "--logging.level.dev.dynamite=DEBUG",
					"--logging.level.software.amazon.awssdk=DEBUG",
					"--logging.level.org.springframework.boot.context.properties=DEBUG")) {
			context.getBean(software.amazon.awssdk.services.dynamodb.DynamoDbClient.class).listTables();
		}
		assertThat(output).contains("Created DynamoDB table").doesNotContain(SECRET);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(SampleConfiguration.class)
	static class Application {

	}
}
