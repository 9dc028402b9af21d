package dev.dynamite.autoconfigure.testcontainers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import dev.dynamite.autoconfigure.DynamiteConnectionDetails;
import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.BookRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter against a DynamoDB Local container ({@code amazon/dynamodb-local}) through {@code @ServiceConnection}.
 * Needs Docker: skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = ServiceConnectionApplication.class)
class DynamoDbLocalServiceConnectionIntegrationTests {

	@Container
	@ServiceConnection
	static final GenericContainer<?> dynamoDbLocal = new GenericContainer<>("amazon/dynamodb-local:2.6.1")
		.withExposedPorts(8000);

	@Autowired
	ApplicationContext context;

	@Autowired
	BookRepository books;

	@Test
	void theContainerIsTheConnectionAndNoEmbeddedServerStarts() {
		assertThat(this.context.getBean(DynamiteConnectionDetails.class).getEndpoint()).hasPort(
				dynamoDbLocal.getMappedPort(8000));
		assertThat(this.context.getBeansOfType(EmbeddedDynamoDbLocal.class)).isEmpty();
		this.books.create(new Book("978-1", "Le Guin", "The Dispossessed"));
		assertThat(this.books.findByAuthor("Le Guin")).extracting(Book::getTitle)
			.containsExactly("The Dispossessed");
	}
}
