package dev.dynamite.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import dev.dynamite.autoconfigure.data.DynamiteDataAutoConfiguration;
import dev.dynamite.autoconfigure.data.DynamiteRepositoriesAutoConfiguration;
import dev.dynamite.autoconfigure.embedded.DynamiteEmbeddedAutoConfiguration;
import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.BookRepository;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter against LocalStack's DynamoDB through {@code dynamite.endpoint}, region and static credentials.
 * Needs Docker: skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class DynamiteLocalStackIntegrationTests {

	@Container
	static final LocalStackContainer localStack = new LocalStackContainer(
			DockerImageName.parse("localstack/localstack:4.4")).withServices("dynamodb");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteEmbeddedAutoConfiguration.class,
				DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class,
				DynamiteRepositoriesAutoConfiguration.class))
		.withUserConfiguration(SampleConfiguration.class);

	@Test
	void createsTablesAndServesRepositories() {
		this.contextRunner
			.withPropertyValues("dynamite.endpoint=" + localStack.getEndpoint(),
					"dynamite.region=" + localStack.getRegion(),
					"dynamite.credentials.access-key-id=" + localStack.getAccessKey(),
					"dynamite.credentials.secret-access-key=" + localStack.getSecretKey())
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
				BookRepository books = context.getBean(BookRepository.class);
				books.create(new Book("978-0", "Herbert", "Dune"));
				assertThat(books.findByAuthor("Herbert")).extracting(Book::getTitle).containsExactly("Dune");
			});
	}
}
