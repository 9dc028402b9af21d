package dev.dynamite.autoconfigure.data;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.BookRepository;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;
import dev.dynamite.repository.config.EnableDynamiteRepositories;
import dev.dynamite.test.LocalDynamoDb;

import static org.assertj.core.api.Assertions.assertThat;

/** Repositories under the application's package, enabled automatically, backing off for the user's choice. */
class DynamiteRepositoriesAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class,
				DynamiteRepositoriesAutoConfiguration.class))
		.withPropertyValues("dynamite.endpoint=" + LocalDynamoDb.endpoint(), "dynamite.credentials.access-key-id=test",
				"dynamite.credentials.secret-access-key=test");

	@Test
	void repositoriesOfTheApplicationPackageAreEnabledAndWorkAfterSync() {
		this.contextRunner.withUserConfiguration(SampleConfiguration.class)
			.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("repos"))
			.run((context) -> {
				assertThat(context).hasSingleBean(BookRepository.class);
				BookRepository books = context.getBean(BookRepository.class);
				books.create(new Book("42", "Adams", "Hitchhiker"));
				assertThat(books.findByAuthor("Adams")).extracting(Book::getIsbn).containsExactly("42");
			});
	}

	@Test
	void repositoriesCanBeDisabled() {
		this.contextRunner.withUserConfiguration(SampleConfiguration.class)
			.withPropertyValues("dynamite.repositories.enabled=false", "dynamite.sync=none")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(BookRepository.class));
	}

	@Test
	void backsOffWhenTheApplicationEnablesRepositoriesItself() {
		this.contextRunner.withUserConfiguration(SampleConfiguration.class, EmptyRepositoriesConfiguration.class)
			.withPropertyValues("dynamite.sync=none")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(BookRepository.class));
	}

	@Test
	void noRepositoriesWithoutAnApplicationPackage() {
		this.contextRunner.withPropertyValues("dynamite.sync=none")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(BookRepository.class));
	}

	/** The user's own {@code @EnableDynamiteRepositories}, pointed at a package with no repositories. */
	@Configuration(proxyBeanMethods = false)
	@EnableDynamiteRepositories(basePackageClasses = DynamiteRepositoriesAutoConfigurationTests.class)
	static class EmptyRepositoriesConfiguration {

	}
}
