package dev.dynamite.autoconfigure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.dynamite.autoconfigure.data.DynamiteDataAutoConfiguration;
import dev.dynamite.autoconfigure.embedded.DynamiteEmbeddedAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code dynamite.*} property with a value Dynamite cannot use stops start-up with a message naming the property
 * and the value; the secret of the same configuration never shows in that message.
 */
class DynamitePropertyValuesAutoConfigurationTests {

	private static final String SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYBADVALUE";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteEmbeddedAutoConfiguration.class,
				DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class))
		.withPropertyValues("dynamite.credentials.access-key-id=AKIDBADVALUES",
				"dynamite.credentials.secret-access-key=" + SECRET);

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			dynamite.sync                     | sometimes
			dynamite.embedded.enabled         | maybe
			dynamite.embedded.port            | eighty
			dynamite.repositories.enabled     | perhaps
			dynamite.http.connection-timeout  | soon
			dynamite.http.socket-timeout      | 30 parsecs
			dynamite.http.max-connections     | many
			""")
	void aValueThatCannotBeBoundFailsNamingPropertyAndValue(String property, String value) {
		this.contextRunner.withPropertyValues(property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			String report = describe(context.getStartupFailure());
			assertThat(report).contains(property).contains(value).doesNotContain(SECRET);
		});
	}

	@ParameterizedTest(name = "dynamite.endpoint={0}")
	@CsvSource({ "localhost:8000", "ftp://example.com", "http://" })
	void anEndpointThatIsNotAnHttpUrlFailsNamingPropertyAndValue(String endpoint) {
		this.contextRunner.withPropertyValues("dynamite.endpoint=" + endpoint).run((context) -> {
			assertThat(context).hasFailed();
			String report = describe(context.getStartupFailure());
			assertThat(report).contains("dynamite.endpoint").contains(endpoint).doesNotContain(SECRET);
		});
	}

	/** The messages of the start-up failure's exception chain, as Boot reports them. */
	private static String describe(Throwable failure) {
		StringBuilder report = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			report.append(cause).append('\n');
		}
		return report.toString();
	}

}
