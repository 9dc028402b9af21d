package dev.dynamite.repository.config;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;

import dev.dynamite.Dynamite;
import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.repository.DynamiteRepository;
import dev.dynamite.repository.Member;
import dev.dynamite.repository.ReactiveDynamiteRepository;
import dev.dynamite.repository.support.ReactiveDynamiteRepositoryFactory;
import dev.dynamite.test.LocalDynamoDb;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @EnableReactiveDynamiteRepositories} registers the reactive repositories on the async operations bean, and
 * only those: the sync ones in the same package are left to {@code @EnableDynamiteRepositories}.
 */
class EnableReactiveDynamiteRepositoriesTests {

	interface ReactivePeople extends ReactiveDynamiteRepository<Member, String> {

		Flux<Member> findByRole(String role);
	}

	interface SyncPeople extends DynamiteRepository<Member, String> {

		List<Member> findByRole(String role);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableReactiveDynamiteRepositories(considerNestedRepositories = true)
	static class ReactiveConfig {

		@Bean(destroyMethod = "close")
		Dynamite dynamite() {
			Dynamite dynamite = Dynamite.builder()
				.client(LocalDynamoDb.client())
				.asyncClient(LocalDynamoDb.asyncClient())
				.tablePrefix(LocalDynamoDb.uniquePrefix("enablereactive"))
				.tables(Member.class)
				.build();
			dynamite.sync();
			return dynamite;
		}

		@Bean
		AsyncDynamiteOperations asyncDynamiteTemplate(Dynamite dynamite) {
			return dynamite.asyncTemplate();
		}
	}

	@Test
	void reactiveRepositoriesUseTheAsyncTemplateBeanAndSyncOnesAreNotClaimed() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(ReactiveConfig.class)) {
			assertThat(context.getBeanNamesForType(SyncPeople.class)).isEmpty();
			ReactivePeople people = context.getBean(ReactivePeople.class);
			Member ann = new Member("Ann", "ann@x", "admin", 30);
			ann.setId("ann");
			people.create(ann).block();
			assertThat(people.findByRole("admin").map(Member::getId).collectList().block()).containsExactly("ann");
		}
	}

	@Test
	void theReactiveFactoryIsListedForMultiStoreStrictMode() {
		assertThat(SpringFactoriesLoader.loadFactoryNames(RepositoryFactorySupport.class, getClass().getClassLoader()))
			.contains(ReactiveDynamiteRepositoryFactory.class.getName());
	}
}
