package dev.dynamite.autoconfigure.testcontainers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import dev.dynamite.autoconfigure.DynamiteConnectionDetails;
import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.BookRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter against LocalStack's DynamoDB through {@code @ServiceConnection}: no {@code dynamite.*} property is
 * set. Needs Docker: skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = ServiceConnectionApplication.class)
class LocalStackServiceConnectionIntegrationTests {

	@Container
	@ServiceConnection
	static final LocalStackContainer localStack = new LocalStackContainer(
			DockerImageName.parse("localstack/localstack:4.4")).withServices("dynamodb");

	@Autowired
	ApplicationContext context;

	@Autowired
	BookRepository books;

	@Test
	void theContainerIsTheConnectionAndNoEmbeddedServerStarts() {
		assertThat(this.context.getBean(DynamiteConnectionDetails.class).getEndpoint())
			.isEqualTo(localStack.getEndpoint());
		assertThat(this.context.getBeansOfType(EmbeddedDynamoDbLocal.class)).isEmpty();
		this.books.create(new Book("978-0", "Herbert", "Dune"));
		assertThat(this.books.findByAuthor("Herbert")).extracting(Book::getTitle).containsExactly("Dune");
	}
}
