package dev.dynamite.sample;

import java.io.PrintStream;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;

/**
 * The seed guide's "Complete Working Example": ten steps of create, read, update and delete through
 * {@link UserRepository}, printed to the console exactly as the guide's "Expected Output" (the ids are new random
 * UUIDs). Runs once at start-up unless {@code sample.demo.enabled=false}; the application keeps serving afterwards.
 * <p>
 * The demo expects an empty {@code users} table (the embedded DynamoDB Local starts empty): when the table already
 * has users it leaves them alone and says so instead.
 */
@Component
@ConditionalOnBooleanProperty(name = "sample.demo.enabled", matchIfMissing = true)
public class UserManagementDemo implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(UserManagementDemo.class);

	private final UserRepository users;

	private final PrintStream out;

	/**
	 * @param users the repository the demo works through
	 */
	public UserManagementDemo(UserRepository users) {
		this.users = users;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = this.users.count();
		if (existing > 0) {
			logger.warn("Skipping the user management demo: table 'users' already holds " + existing
					+ " users and the demo only runs on an empty table (set sample.demo.enabled=false to silence this)");
			return;
		}
		print("=== User Management System ===");
		print("");
		create();
		listAll();
		filterByRole();
		firstAndLast();
		withAttributes();
		updateOne();
		upgradeCustomers();
		verifyUpdates();
		deleteOne();
		finalCount();
		print("=== All operations completed successfully ===");
	}

	private void create() {
		print("1. Creating users...");
		User user1 = this.users.create(new User("John Doe", "john@example.com"));
		print("Created: " + user1.getName() + " (" + user1.getId() + ")");
		User user2 = this.users.create(new User("Jane Smith", "jane@example.com", "admin"));
		print("Created: " + user2.getName() + " (" + user2.getId() + ")");
		User user3 = this.users.create(new User("Bob Johnson", "bob@example.com"));
		print("Created: " + user3.getName() + " (" + user3.getId() + ")");
		print("");
	}

	private void listAll() {
		print("2. Listing all users...");
		List<User> all = this.users.where(Filter.all());
		print("Total users: " + all.size());
		all.forEach(user -> print("  - " + user.getName() + " (" + user.getRole() + ")"));
		print("");
	}

	private void filterByRole() {
		print("3. Filtering users by role...");
		List<User> customers = this.users.where(Filter.where("role", "customer"));
		print("Customers: " + customers.size());
		customers.forEach(user -> print("  - " + user.getName()));
		print("");
	}

	private void firstAndLast() {
		print("4. Getting first and last users...");
		String first = this.users.first(Filter.all()).map(User::getName).orElse("none");
		String last = this.users.last(Filter.all()).map(User::getName).orElse("none");
		print("First user: " + first);
		print("Last user: " + last);
		print("");
	}

	private void withAttributes() {
		print("5. Getting users with specific attributes...");
		QueryOptions summary = QueryOptions.builder().attributes("id", "name", "email").build();
		this.users.where(Filter.all(), summary).forEach(user -> print("  - " + user.getName() + ": " + user.getEmail()));
		print("");
	}

	private void updateOne() {
		print("6. Updating user...");
		this.users.first(Filter.where("name", "John Doe")).ifPresent(user -> {
			user.setName("John A. Doe");
			user.setRole("premium");
			this.users.save(user);
			print("Updated: " + user.getName() + " (" + user.getRole() + ")");
			print("");
		});
	}

	private void upgradeCustomers() {
		print("7. Batch updating customers to premium...");
		List<User> customers = this.users.where(Filter.where("role", "customer"));
		customers.forEach(user -> user.setRole("premium"));
		this.users.saveAll(customers);
		print("Upgraded " + customers.size() + " customers");
		print("");
	}

	private void verifyUpdates() {
		print("8. Verifying updates...");
		List<User> premium = this.users.where(Filter.where("role", "premium"));
		print("Premium users: " + premium.size());
		premium.forEach(user -> print("  - " + user.getName()));
		print("");
	}

	private void deleteOne() {
		print("9. Deleting a user...");
		this.users.first(Filter.where("name", "Bob Johnson")).ifPresent(user -> {
			this.users.destroy(user);
			print("Deleted: " + user.getName());
			print("");
		});
	}

	private void finalCount() {
		print("10. Final user count...");
		List<User> remaining = this.users.where(Filter.all());
		print("Total users: " + remaining.size());
		remaining.forEach(user -> print("  - " + user.getName() + " (" + user.getRole() + ")"));
		print("");
	}

	private void print(String line) {
		this.out.println(line);
	}
}
