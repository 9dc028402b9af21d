package dev.dynamite.sample;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.dynamite.core.Filter;
import dev.dynamite.test.autoconfigure.DynamiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's model operations on the sample's repository in a {@code @DynamiteTest} slice: no web layer and no demo
 * runner, empty tables before each test.
 */
@DynamiteTest
class UserRepositorySliceTests {

	@Autowired
	private UserRepository users;

	@Autowired
	private ApplicationContext context;

	@Test
	void theSliceHasTheRepositoryButNeitherTheWebLayerNorTheDemo() {
		assertThat(this.context.getBeanNamesForType(UserManagementDemo.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(dev.dynamite.sample.web.UserController.class)).isEmpty();
		assertThat(this.users.count()).isZero();
	}

	@Test
	void createAppliesTheSeedsDefaultsAndFirstIsTheOldest() {
		this.users.create(new User("John Doe", "john@example.com"));
		this.users.create(new User("Jane Smith", "jane@example.com", "admin"));
		User john = this.users.first(Filter.all()).orElseThrow();
		assertThat(john.getName()).isEqualTo("John Doe");
		assertThat(john.getRole()).isEqualTo("customer");
		assertThat(john.getActive()).isTrue();
		assertThat(this.users.where("role", "admin")).extracting(User::getName).containsExactly("Jane Smith");
	}
}
