package dev.dynamite.autoconfigure.health;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.data.DynamiteDataAutoConfiguration;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;
import dev.dynamite.test.LocalDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code dynamite} health indicator against DynamoDB Local. */
class DynamiteHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class,
				DynamiteHealthContributorAutoConfiguration.class))
		.withUserConfiguration(SampleConfiguration.class)
		.withPropertyValues("dynamite.endpoint=" + LocalDynamoDb.endpoint(), "dynamite.credentials.access-key-id=test",
				"dynamite.credentials.secret-access-key=test");

	@Test
	void upWithTheStatusOfEveryTable() {
		String prefix = LocalDynamoDb.uniquePrefix("health");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix).run((context) -> {
			Health health = context.getBean("dynamiteHealthIndicator", DynamiteHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("tables", Map.of(prefix + "books", "ACTIVE"));
		});
	}

	@Test
	void downWhenATableIsMissing() {
		String prefix = LocalDynamoDb.uniquePrefix("healthdown");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix).run((context) -> {
			context.getBean(DynamoDbClient.class).deleteTable((request) -> request.tableName(prefix + "books"));
			Health health = context.getBean(DynamiteHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("tables", Map.of(prefix + "books", "MISSING"));
		});
	}

	@Test
	void downWhenDynamoDbIsUnreachable() {
		this.contextRunner.withPropertyValues("dynamite.endpoint=http://127.0.0.1:1", "dynamite.sync=none",
				"dynamite.http.connection-timeout=200ms")
			.run((context) -> {
				Health health = context.getBean(DynamiteHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			});
	}

	@Test
	void canBeDisabled() {
		this.contextRunner.withPropertyValues("management.health.dynamite.enabled=false", "dynamite.sync=none")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamiteHealthIndicator.class));
	}

	@Test
	void absentWithoutSpringBootHealth() {
		this.contextRunner.withPropertyValues("dynamite.sync=none")
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamiteHealthIndicator.class));
	}
}
