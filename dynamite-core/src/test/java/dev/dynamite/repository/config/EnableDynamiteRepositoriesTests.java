package dev.dynamite.repository.config;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;

import dev.dynamite.core.Filter;
import dev.dynamite.repository.DynamiteRepository;
import dev.dynamite.repository.Member;
import dev.dynamite.repository.RecordingOperations;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @EnableDynamiteRepositories} registers repository beans wired to the operations bean. */
class EnableDynamiteRepositoriesTests {

	interface PeopleRepository extends DynamiteRepository<Member, String> {

		List<Member> findByRole(String role);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamiteRepositories(considerNestedRepositories = true)
	static class DefaultConfig {

		@Bean
		RecordingOperations dynamiteTemplate() {
			return new RecordingOperations();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamiteRepositories(considerNestedRepositories = true, dynamiteTemplateRef = "otherOperations")
	static class CustomRefConfig {

		@Bean
		RecordingOperations otherOperations() {
			return new RecordingOperations();
		}
	}

	@Test
	void repositoriesUseTheDynamiteTemplateBean() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(DefaultConfig.class)) {
			PeopleRepository people = context.getBean(PeopleRepository.class);
			people.findByRole("admin");
			RecordingOperations operations = context.getBean(RecordingOperations.class);
			assertThat(operations.last().filter()).isEqualTo(Filter.where("role", "admin"));
		}
	}

	@Test
	void dynamiteTemplateRefNamesAnotherOperationsBean() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(CustomRefConfig.class)) {
			context.getBean(PeopleRepository.class).count();
			assertThat(context.getBean("otherOperations", RecordingOperations.class).last().method()).isEqualTo("count");
		}
	}

	@Test
	void theFactoryIsListedForMultiStoreStrictMode() {
		assertThat(SpringFactoriesLoader.loadFactoryNames(RepositoryFactorySupport.class, getClass().getClassLoader()))
			.contains(DynamiteRepositoryFactory.class.getName());
	}
}
