package dev.dynamite.sample;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two documents of {@code application.yml}: the embedded default and the {@code aws} profile (checked without
 * starting anything, so no AWS endpoint or credentials are touched).
 */
class ApplicationConfigurationTests {

	@Test
	void defaultDocumentUsesTheEmbeddedDatabaseAndCreatesTables() throws IOException {
		PropertySource<?> defaults = documents().get(0);
		assertThat(defaults.getProperty("dynamite.endpoint")).isNull();
		assertThat(defaults.getProperty("dynamite.sync")).hasToString("create");
		assertThat(defaults.getProperty("sample.demo.enabled")).hasToString("true");
		assertThat(defaults.getProperty("logging.level.com.amazonaws.services.dynamodbv2.local")).hasToString("WARN");
	}

	@Test
	void awsProfileUsesTheRegionalEndpointAndValidates() throws IOException {
		PropertySource<?> aws = documents().get(1);
		assertThat(aws.getProperty("spring.config.activate.on-profile")).hasToString("aws");
		assertThat(aws.getProperty("dynamite.endpoint")).isNull();
		assertThat(aws.getProperty("dynamite.region")).hasToString("${AWS_REGION:us-east-1}");
		assertThat(aws.getProperty("dynamite.embedded.enabled")).hasToString("false");
		assertThat(aws.getProperty("dynamite.sync")).hasToString("validate");
		assertThat(aws.getProperty("sample.demo.enabled")).hasToString("false");
		assertThat(aws.getProperty("dynamite.credentials.access-key-id")).isNull();
		assertThat(aws.getProperty("dynamite.credentials.secret-access-key")).isNull();
	}

	private static List<PropertySource<?>> documents() throws IOException {
		List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"));
		assertThat(documents).hasSize(2);
		return documents;
	}
}
