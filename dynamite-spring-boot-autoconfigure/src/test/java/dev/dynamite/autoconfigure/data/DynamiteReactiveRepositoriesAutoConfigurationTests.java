package dev.dynamite.autoconfigure.data;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.BookRepository;
import dev.dynamite.autoconfigure.sample.ReactiveBookRepository;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;
import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.test.LocalDynamoDb;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/** Reactive repositories next to the sync ones when Reactor is present, on the async template and client. */
class DynamiteReactiveRepositoriesAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class,
				DynamiteRepositoriesAutoConfiguration.class, DynamiteReactiveRepositoriesAutoConfiguration.class))
		.withUserConfiguration(SampleConfiguration.class)
		.withPropertyValues("dynamite.endpoint=" + LocalDynamoDb.endpoint(), "dynamite.credentials.access-key-id=test",
				"dynamite.credentials.secret-access-key=test");

	@Test
	void reactiveAndSyncRepositoriesShareTheSyncedTables() {
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("reactiverepos"))
			.run((context) -> {
				assertThat(context).hasSingleBean(ReactiveBookRepository.class).hasSingleBean(BookRepository.class)
					.hasSingleBean(AsyncDynamiteOperations.class);
				ReactiveBookRepository reactive = context.getBean(ReactiveBookRepository.class);
				reactive.create(new Book("7", "Le Guin", "Lathe of Heaven")).block();
				assertThat(reactive.findByAuthor("Le Guin").map(Book::getIsbn).collectList().block()).containsExactly("7");
				assertThat(context.getBean(BookRepository.class).findByAuthor("Le Guin")).hasSize(1);
			});
	}

	@Test
	void reactiveRepositoriesCanBeDisabled() {
		this.contextRunner.withPropertyValues("dynamite.repositories.reactive.enabled=false", "dynamite.sync=none")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveBookRepository.class)
				.hasSingleBean(BookRepository.class));
	}

	@Test
	void withoutReactorOnlyTheSyncRepositoriesExist() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Flux.class))
			.withPropertyValues("dynamite.sync=none")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveBookRepository.class)
				.hasSingleBean(BookRepository.class));
	}
}
