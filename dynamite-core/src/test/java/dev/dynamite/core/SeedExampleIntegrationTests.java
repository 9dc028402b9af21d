package dev.dynamite.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.User;
import dev.dynamite.test.LocalDynamoDb;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed guide's "Complete Working Example", step by step through the Java API, checked against its
 * "Expected Output".
 */
class SeedExampleIntegrationTests {

	@Test
	void completeWorkingExampleGivesTheExpectedResults() {
		try (Dynamite dynamite = Dynamite.builder().client(LocalDynamoDb.client())
			.tablePrefix(LocalDynamoDb.uniquePrefix("seed")).tables(User.class).build()) {
			dynamite.sync();
			DynamiteOperations users = dynamite.template();

			// 1. CREATE
			User user1 = users.create(new User("John Doe", "john@example.com"));
			User user2 = users.create(new User("Jane Smith", "jane@example.com", "admin"));
			User user3 = users.create(new User("Bob Johnson", "bob@example.com"));
			assertThat(List.of(user1.getId(), user2.getId(), user3.getId())).doesNotHaveDuplicates().allMatch(id -> id.length() == 36);

			// 2. READ all
			assertThat(users.where(User.class, Filter.all())).extracting(User::getName, User::getRole)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("John Doe", "customer"),
						org.assertj.core.groups.Tuple.tuple("Jane Smith", "admin"),
						org.assertj.core.groups.Tuple.tuple("Bob Johnson", "customer"));

			// 3. Filter by role
			assertThat(users.where(User.class, Filter.where("role", "customer"))).extracting(User::getName)
				.containsExactly("John Doe", "Bob Johnson");

			// 4. first and last
			assertThat(users.first(User.class, Filter.all())).map(User::getName).contains("John Doe");
			assertThat(users.last(User.class, Filter.all())).map(User::getName).contains("Bob Johnson");

			// 5. attributes
			List<User> summaries = users.where(User.class, Filter.all(), QueryOptions.builder().attributes("id", "name", "email").build());
			assertThat(summaries).extracting(u -> u.getName() + ": " + u.getEmail())
				.containsExactly("John Doe: john@example.com", "Jane Smith: jane@example.com", "Bob Johnson: bob@example.com");
			assertThat(summaries).allSatisfy(u -> assertThat(u.getRole()).isNull());

			// 6. UPDATE one user through save()
			User toUpdate = users.first(User.class, Filter.where("name", "John Doe")).orElseThrow();
			toUpdate.setName("John A. Doe");
			toUpdate.setRole("premium");
			users.save(toUpdate);

			// 7. batch update the remaining customers
			List<User> customers = users.where(User.class, Filter.where("role", "customer"));
			assertThat(customers).hasSize(1);
			customers.forEach(u -> u.setRole("premium"));
			users.saveAll(customers);

			// 8. verify
			assertThat(users.where(User.class, Filter.where("role", "premium"))).extracting(User::getName)
				.containsExactly("John A. Doe", "Bob Johnson");

			// 9. DELETE
			User toDelete = users.first(User.class, Filter.where("name", "Bob Johnson")).orElseThrow();
			users.destroy(toDelete);

			// 10. final count
			assertThat(users.where(User.class, Filter.all())).extracting(User::getName, User::getRole)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("John A. Doe", "premium"),
						org.assertj.core.groups.Tuple.tuple("Jane Smith", "admin"));
		}
	}
}
