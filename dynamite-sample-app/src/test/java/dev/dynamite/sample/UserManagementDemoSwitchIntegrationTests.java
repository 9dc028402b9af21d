package dev.dynamite.sample;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import dev.dynamite.core.Filter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's switch and its guard: {@code sample.demo.enabled=false} leaves it out, and it never touches a table that
 * already has users. Same configuration as the REST tests, so the context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.demo.enabled=false")
@AutoConfigureRestTestClient
@ExtendWith(OutputCaptureExtension.class)
class UserManagementDemoSwitchIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private UserRepository users;

	@BeforeEach
	@AfterEach
	void deleteUsers() {
		this.users.deleteAll();
	}

	@Test
	void disabledDemoIsNoBean() {
		assertThat(this.context.getBeansOfType(UserManagementDemo.class)).isEmpty();
		assertThat(this.context.getBean(UserRepository.class)).isNotNull();
	}

	@Test
	void demoLeavesATableWithUsersAlone(CapturedOutput output) {
		User existing = this.users.create(new User("John Doe", "john@example.com"));
		new UserManagementDemo(this.users).run(new DefaultApplicationArguments());
		assertThat(output.getOut()).doesNotContain("=== User Management System ===")
			.contains("Skipping the user management demo: table 'users' already holds 1 users");
		assertThat(this.users.findAll()).singleElement().satisfies(user -> {
			assertThat(user.getId()).isEqualTo(existing.getId());
			assertThat(user.getName()).isEqualTo("John Doe");
			assertThat(user.getUpdated_at()).isEqualTo(existing.getUpdated_at());
		});
	}

	@Test
	void demoOnAnEmptyTableLeavesJohnAndJane(CapturedOutput output) {
		new UserManagementDemo(this.users).run(new DefaultApplicationArguments());
		assertThat(output.getOut()).contains("=== All operations completed successfully ===");
		assertThat(this.users.where(Filter.all())).extracting(User::getName, User::getRole).containsExactly(
				org.assertj.core.groups.Tuple.tuple("John A. Doe", "premium"),
				org.assertj.core.groups.Tuple.tuple("Jane Smith", "admin"));
	}
}
