package dev.dynamite.core.mapping.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mapping.callback.EntityCallbacks;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.model.User;
import dev.dynamite.test.LocalDynamoDb;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Data entity callbacks around Dynamite's puts and reads, from a bean factory. */
class EntityCallbackIntegrationTests {

	private static final List<String> calls = new CopyOnWriteArrayList<>();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("callbacks", List.of(), User.class);
		GenericApplicationContext beans = new GenericApplicationContext();
		beans.registerBean(Convert.class);
		beans.registerBean(Save.class);
		beans.registerBean(Saved.class);
		beans.registerBean(Read.class);
		beans.refresh();
		dynamite.template().getConverter().setEntityCallbacks(EntityCallbacks.create(beans));
		template = dynamite.template();
	}

	@AfterAll
	static void stop() {
		dynamite.template().getConverter().setEntityCallbacks(null);
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		calls.clear();
	}

	@Test
	void aPutRunsBeforeConvertBeforeSaveAndAfterSaveInThatOrder() {
		User created = template.create(new User("Ann", "ann@example.com", "admin"));

		assertThat(calls).containsExactly("beforeConvert true", "beforeSave Ann (checked)", "afterSave true");
		assertThat(created.getName()).isEqualTo("Ann (checked)");
	}

	@Test
	void everyReadRunsAfterConvert() {
		User created = template.create(new User("Bob", "bob@example.com", "admin"));
		calls.clear();

		template.findById(User.class, created.getId());
		template.where(User.class, Filter.where("name", "Bob (checked)"));
		template.update(created, Map.of("role", "customer"));

		assertThat(calls).containsExactly("afterConvert Bob (checked)", "afterConvert Bob (checked)",
				"afterConvert Bob (checked)");
	}

	@Test
	void saveAllAndTransactionsRunThePutCallbacksToo() {
		template.saveAll(List.of(new User("Cy", "cy@example.com", "admin")));
		template.transaction((tx) -> tx.create(new User("Di", "di@example.com", "admin")));

		assertThat(calls).filteredOn((call) -> call.startsWith("afterSave")).hasSize(2);
		assertThat(calls).filteredOn((call) -> call.startsWith("beforeConvert")).hasSize(2);
	}

	static class Convert implements BeforeConvertCallback<User> {
		@Override
		public User onBeforeConvert(User user, String table) {
			calls.add("beforeConvert " + table.endsWith("users"));
			user.setName(user.getName() + " (checked)");
			return user;
		}
	}

	static class Save implements BeforeSaveCallback<User> {
		@Override
		public User onBeforeSave(User user, Map<String, AttributeValue> item, String table) {
			calls.add("beforeSave " + item.get("name").s());
			return user;
		}
	}

	static class Saved implements AfterSaveCallback<User> {
		@Override
		public User onAfterSave(User user, Map<String, AttributeValue> item, String table) {
			calls.add("afterSave " + item.containsKey("created_at"));
			return user;
		}
	}

	static class Read implements AfterConvertCallback<User> {
		@Override
		public User onAfterConvert(User user, Map<String, AttributeValue> item, String table) {
			calls.add("afterConvert " + user.getName());
			return user;
		}
	}
}
