package dev.dynamite.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Document;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.model.User;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@EnumSource(Api.class)
class DynamiteTemplateIntegrationTests {

	@Parameter
	Api api;


	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.asyncClient(LocalDynamoDb.asyncClient(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("template"))
			.tables(User.class, Order.class, Document.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void clean() {
		template = this.api.operations(dynamite);
		template.delete(User.class, Filter.all());
		template.delete(Order.class, Filter.all());
		template.delete(Document.class, Filter.all());
		recorder.clear();
	}

	@Test
	void createAppliesDefaultsAndTimestamps() {
		User user = template.create(new User("John Doe", "john@example.com"));
		assertThat(user.getId()).matches("[0-9a-f-]{36}");
		assertThat(user.getRole()).isEqualTo("customer");
		assertThat(user.getActive()).isTrue();
		assertThat(user.getCreated_at()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		assertThat(user.getUpdated_at()).isEqualTo(user.getCreated_at());
		User stored = template.findById(User.class, user.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("John Doe");
		assertThat(stored.getRole()).isEqualTo("customer");
		assertThat(stored.getCreated_at()).isEqualTo(user.getCreated_at());
	}

	@Test
	void createOfAnExistingKeyThrowsAndOverwritesNothing() {
		User original = new User("Jane", "jane@example.com", "admin");
		original.setId("custom-user-id");
		template.create(original);
		User duplicate = new User("Mallory", "mallory@example.com");
		duplicate.setId("custom-user-id");
		assertThatThrownBy(() -> template.create(duplicate)).isInstanceOf(DuplicateKeyException.class)
			.hasMessageContaining("User").hasMessageContaining("custom-user-id");
		assertThat(template.findById(User.class, "custom-user-id").orElseThrow().getName()).isEqualTo("Jane");
	}

	@Test
	void scanResultsAreOrderedByCreationEvenWithinOneMillisecond() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			names.add("user-" + i);
			template.create(new User("user-" + i, i + "@example.com"));
		}
		assertThat(template.where(User.class, Filter.all())).extracting(User::getName).containsExactlyElementsOf(names);
		assertThat(template.first(User.class, Filter.all())).map(User::getName).contains("user-0");
		assertThat(template.last(User.class, Filter.all())).map(User::getName).contains("user-39");
		assertThat(template.where(User.class, Filter.all(), QueryOptions.builder().order(Sort.Direction.DESC).limit(2).build()))
			.extracting(User::getName).containsExactly("user-39", "user-38");
	}

	@Test
	void whereOverloadsAndEveryOperator() {
		template.create(new User("Alice", "alice@example.com", "admin"));
		template.create(new User("Bob", "bob@example.com"));
		User carol = new User("Carol", "carol@example.org", "moderator");
		carol.setActive(false);
		template.create(carol);

		assertThat(template.where(User.class, Map.of("role", "admin", "active", true))).extracting(User::getName).containsExactly("Alice");
		assertThat(template.where(User.class, "name", "Bob")).hasSize(1);
		assertThat(template.where(User.class, "name", List.of("Alice", "Carol"))).extracting(User::getName).containsExactly("Alice", "Carol");
		assertThat(names(Filter.where("role").ne("customer"))).containsExactly("Alice", "Carol");
		assertThat(names(Filter.where("name").lt("Bob"))).containsExactly("Alice");
		assertThat(names(Filter.where("name").le("Bob"))).containsExactly("Alice", "Bob");
		assertThat(names(Filter.where("name").gt("Bob"))).containsExactly("Carol");
		assertThat(names(Filter.where("name").ge("Bob"))).containsExactly("Bob", "Carol");
		assertThat(names(Filter.where("name").between("B", "Bz"))).containsExactly("Bob");
		assertThat(names(Filter.where("role").in("admin", "moderator"))).containsExactly("Alice", "Carol");
		assertThat(names(Filter.where("role").notIn("admin", "moderator"))).containsExactly("Bob");
		assertThat(names(Filter.where("email").beginsWith("carol"))).containsExactly("Carol");
		assertThat(names(Filter.where("email").contains("example.org"))).containsExactly("Carol");
		assertThat(names(Filter.where("email").notContains("example.org"))).containsExactly("Alice", "Bob");
		assertThat(names(Filter.where("email").exists())).hasSize(3);
		assertThat(names(Filter.where("email").notExists())).isEmpty();
		assertThat(names(Filter.where("active", false))).containsExactly("Carol");
		assertThat(names(Filter.where("role", "admin").or(Filter.where("active", false)))).containsExactly("Alice", "Carol");
		assertThat(names(Filter.where("role", "customer").and("name").beginsWith("B"))).containsExactly("Bob");
	}

	@Test
	void inListsLongerThanDynamoDbsHundredOperandsAreSplit() {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 130; i++) {
			template.create(new User("n" + i, i + "@example.com"));
			emails.add(i + "@example.com");
		}
		emails.add("nobody@example.com");
		assertThat(template.where(User.class, Filter.where("email").in(emails))).hasSize(130);
		assertThat(template.where(User.class, Filter.where("email").notIn(emails.subList(0, 120)))).hasSize(10);
	}

	@Test
	void nullEqualityMeansTheAttributeDoesNotExist() {
		template.create(new User("Alice", "alice@example.com"));
		template.create(new User("Nobody", null));
		assertThat(names(Filter.where("email", null))).containsExactly("Nobody");
	}

	@Test
	void skipLimitOrderAndAttributes() {
		for (int i = 0; i < 25; i++) {
			template.create(new User("u" + i, "u" + i + "@example.com"));
		}
		List<User> page2 = template.where(User.class, Filter.all(), QueryOptions.builder().skip(10).limit(10).build());
		assertThat(page2).extracting(User::getName).containsExactly("u10", "u11", "u12", "u13", "u14", "u15", "u16", "u17", "u18", "u19");
		List<User> summaries = template.where(User.class, Filter.all(), QueryOptions.builder().attributes("id", "name", "email").limit(3).build());
		assertThat(summaries).extracting(User::getName).containsExactly("u0", "u1", "u2");
		assertThat(summaries).allSatisfy(user -> {
			assertThat(user.getEmail()).isNotNull();
			assertThat(user.getRole()).isNull();
			assertThat(user.getCreated_at()).isNull();
		});
		List<User> byName = template.where(User.class, Filter.all(),
				QueryOptions.builder().orderBy("name", Sort.Direction.DESC).limit(2).build());
		assertThat(byName).extracting(User::getName).containsExactly("u9", "u8");
	}

	@Test
	void compositeKeysQueryInSortKeyOrderBothWays() {
		for (int n = 1; n <= 12; n++) {
			template.create(new Order("c1", n, n % 2 == 0 ? "paid" : "open", n * 10L));
		}
		template.create(new Order("c2", 1, "paid", 5));
		assertThat(template.where(Order.class, Filter.where("customer", "c1"))).extracting(Order::getNumber)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(template.where(Order.class, Filter.where("customer", "c1").and("number").between(3, 5)))
			.extracting(Order::getNumber).containsExactly(3, 4, 5);
		assertThat(template.where(Order.class, Filter.where("customer", "c1").and("number").gt(10),
				QueryOptions.builder().order(Sort.Direction.DESC).build())).extracting(Order::getNumber).containsExactly(12, 11);
		assertThat(template.last(Order.class, Filter.where("customer", "c1"))).map(Order::getNumber).contains(12);
		assertThat(template.findById(Order.class, Key.of("c1", 7))).map(Order::getStatus).contains("open");
		assertThat(template.where(Order.class, Filter.where("status", "paid").and("total").ge(100)))
			.extracting(Order::getNumber).containsExactly(10, 12);
		assertThat(template.count(Order.class, Filter.where("customer", "c1").and("status", "paid"))).isEqualTo(6);
		assertThatIllegalArgumentException().isThrownBy(() -> template.findById(Order.class, "c1"))
			.withMessageContaining("Order").withMessageContaining("Key.of(partition, sort)");
	}

	@Test
	void readsFollowPagesPastOneMegabyte() {
		String padding = "x".repeat(1000);
		List<Order> orders = new ArrayList<>();
		for (int n = 0; n < 1500; n++) {
			Order order = new Order("big", n, "open", n);
			order.setComment(padding);
			orders.add(order);
		}
		template.saveAll(orders);
		assertThat(template.where(Order.class, Filter.where("customer", "big"))).hasSize(1500);
		assertThat(template.where(Order.class, Filter.where("comment").beginsWith("x"))).hasSize(1500);
		assertThat(template.count(Order.class, Filter.all())).isEqualTo(1500);
		assertThat(template.delete(Order.class, Filter.where("total").ge(500))).isEqualTo(1000);
		assertThat(template.count(Order.class, Filter.all())).isEqualTo(500);
	}

	@Test
	void updateByFilterSetsOnlyTheChangesAndCounts() {
		User john = template.create(new User("John Doe", "john@example.com"));
		template.create(new User("Jane", "jane@example.com"));
		long updated = template.update(User.class, Map.of("name", "John A. Smith", "role", "premium"),
				Filter.where("email", "john@example.com"));
		assertThat(updated).isEqualTo(1);
		User stored = template.findById(User.class, john.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("John A. Smith");
		assertThat(stored.getRole()).isEqualTo("premium");
		assertThat(stored.getEmail()).isEqualTo("john@example.com");
		assertThat(stored.getCreated_at()).isEqualTo(john.getCreated_at());
		assertThat(stored.getUpdated_at()).isGreaterThan(john.getUpdated_at());
		assertThat(template.update(User.class, Map.of("role", "x"), Filter.where("email", "nobody@example.com"))).isZero();
		assertThat(template.update(User.class, Map.of("role", "x"), Filter.where("id", "missing-id"))).isZero();
	}

	@Test
	void updateOfOneEntityReturnsTheStoredItemAndFailsForAMissingOne() {
		User john = template.create(new User("John Doe", "john@example.com"));
		User updated = template.update(john, Map.of("name", "John Smith", "active", false));
		assertThat(updated.getName()).isEqualTo("John Smith");
		assertThat(updated.getActive()).isFalse();
		assertThat(updated.getEmail()).isEqualTo("john@example.com");
		User ghost = new User("Ghost", "ghost@example.com");
		ghost.setId("ghost");
		assertThatThrownBy(() -> template.update(ghost, Map.of("name", "x"))).isInstanceOf(EmptyResultDataAccessException.class)
			.hasMessageContaining("User").hasMessageContaining("ghost");
		assertThat(template.findById(User.class, "ghost")).isEmpty();
	}

	@Test
	void badUpdatesAreRejectedBeforeAnyRequest() {
		User john = template.create(new User("John Doe", "john@example.com"));
		recorder.clear();
		assertThatIllegalArgumentException().isThrownBy(() -> template.update(john, Map.of("id", "other")))
			.withMessageContaining("key field 'id'").withMessageContaining("User").withMessageContaining("other");
		assertThatIllegalArgumentException().isThrownBy(() -> template.update(User.class, Map.of("nope", 1), Filter.all()))
			.withMessageContaining("Unknown field 'nope'").withMessageContaining("User");
		assertThatIllegalArgumentException().isThrownBy(() -> template.where(User.class, Filter.where("nope", 1)))
			.withMessageContaining("nope");
		assertThatIllegalArgumentException().isThrownBy(() -> template.where(User.class, Filter.where("id", List.of())))
			.withMessageContaining("Empty IN").withMessageContaining("id").withMessageContaining("User");
		assertThatIllegalArgumentException().isThrownBy(() -> QueryOptions.builder().skip(-1))
			.withMessageContaining("-1");
		assertThatIllegalArgumentException().isThrownBy(() -> template.where(User.class, Filter.all(),
				QueryOptions.builder().attributes("id", "bogus").build())).withMessageContaining("bogus");
		assertThatIllegalArgumentException().isThrownBy(() -> template.findById(User.class, ""))
			.withMessageContaining("empty");
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void deleteByFilterByEntityAndById() {
		for (int i = 0; i < 60; i++) {
			User user = new User("n" + i, i + "@example.com");
			user.setActive(i % 3 != 0);
			template.create(user);
		}
		assertThat(template.delete(User.class, Filter.where("active", false))).isEqualTo(20);
		assertThat(template.count(User.class, Filter.all())).isEqualTo(40);
		User first = template.first(User.class, Filter.all()).orElseThrow();
		template.destroy(first);
		assertThat(template.findById(User.class, first.getId())).isEmpty();
		User second = template.first(User.class, Filter.all()).orElseThrow();
		template.deleteById(User.class, second.getId());
		assertThat(template.count(User.class, Filter.all())).isEqualTo(38);
		assertThat(template.delete(User.class, Filter.where("id", "missing"))).isZero();
	}

	@Test
	void saveUpsertsAndRefreshesUpdatedAt() {
		User john = template.create(new User("John Doe", "john@example.com"));
		john.setName("John A. Doe");
		john.setRole("premium");
		User saved = template.save(john);
		assertThat(saved.getUpdated_at()).isGreaterThan(saved.getCreated_at());
		User stored = template.findById(User.class, john.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("John A. Doe");
		assertThat(stored.getCreated_at()).isEqualTo(john.getCreated_at());
	}

	@Test
	void findAllByIdReturnsTheFoundItemsInTheOrderAsked() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			ids.add(template.create(new User("n" + i, i + "@example.com")).getId());
		}
		List<String> asked = new ArrayList<>(ids.subList(20, 140));
		java.util.Collections.reverse(asked);
		asked.add("missing");
		assertThat(template.findAllById(User.class, asked)).extracting(User::getId).containsExactlyElementsOf(asked.subList(0, 120));
	}

	@Test
	void versionedEntitiesRejectStaleWrites() {
		Document doc = template.save(new Document("d1", "Draft"));
		assertThat(doc.getVersion()).isEqualTo(1);
		Document copy = template.findById(Document.class, "d1").orElseThrow();
		doc.setTitle("First edit");
		template.save(doc);
		assertThat(doc.getVersion()).isEqualTo(2);
		copy.setTitle("Stale edit");
		assertThatThrownBy(() -> template.save(copy)).isInstanceOf(OptimisticLockingFailureException.class)
			.hasMessageContaining("Document").hasMessageContaining("d1");
		assertThatThrownBy(() -> template.update(copy, Map.of("body", "x"))).isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> template.delete(copy)).isInstanceOf(OptimisticLockingFailureException.class);
		Document stored = template.findById(Document.class, "d1").orElseThrow();
		assertThat(stored.getTitle()).isEqualTo("First edit");
		assertThat(stored.getVersion()).isEqualTo(2);
		Document updated = template.update(stored, Map.of("tags", List.of("a", "b"), "labels", Set.of("x")));
		assertThat(updated.getVersion()).isEqualTo(3);
		assertThat(updated.getTags()).containsExactly("a", "b");
		assertThatThrownBy(() -> template.save(new Document("d1", "New twin"))).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void transactionsAreAllOrNothing() {
		User existing = new User("Existing", "e@example.com");
		existing.setId("taken");
		template.create(existing);
		User fresh = new User("Fresh", "f@example.com");
		fresh.setId("fresh");
		User clash = new User("Clash", "c@example.com");
		clash.setId("taken");
		assertThatThrownBy(() -> template.transaction(tx -> tx.create(fresh).create(clash)))
			.isInstanceOfSatisfying(DynamiteTransactionCanceledException.class,
					ex -> assertThat(ex.getReasons()).containsExactly("None", "ConditionalCheckFailed"));
		assertThat(template.findById(User.class, "fresh")).isEmpty();
		template.transaction(tx -> tx.create(fresh).update(existing, Map.of("role", "admin")));
		assertThat(template.findById(User.class, "fresh")).isPresent();
		assertThat(template.findById(User.class, "taken").orElseThrow().getRole()).isEqualTo("admin");
		recorder.clear();
		assertThatIllegalArgumentException().isThrownBy(() -> template.transaction(tx -> {
			for (int i = 0; i < 101; i++) {
				User u = new User("u" + i, "x");
				u.setId("tx-" + i);
				tx.create(u);
			}
		})).withMessageContaining("100").withMessageContaining("101");
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void reservedWordsAndInjectionLookingValuesAreStoredLiterally() {
		Order order = new Order("c9", 1, "open) OR (attribute_exists(customer)", 1);
		order.setComment("#n0 :v0 ; DROP TABLE orders");
		order.setSize(3);
		template.create(order);
		assertThat(template.where(Order.class, Filter.where("comment", "#n0 :v0 ; DROP TABLE orders").and("size", 3))).hasSize(1);
		assertThat(template.where(Order.class, Filter.where("status", "open"))).isEmpty();
	}

	@Test
	void streamAndScrollSeeEveryItemOnce() {
		for (int n = 0; n < 95; n++) {
			template.create(new Order("s", n, "open", n));
		}
		try (var stream = template.stream(Order.class, Filter.where("customer", "s"), QueryOptions.none())) {
			assertThat(stream.map(Order::getNumber).toList()).hasSize(95).doesNotHaveDuplicates();
		}
		List<Integer> seen = new ArrayList<>();
		Map<String, Object> position = null;
		int pages = 0;
		do {
			KeysetPage<Order> page = template.scroll(Order.class, Filter.where("total").ge(10),
					QueryOptions.builder().limit(20).build(), position);
			page.content().forEach(o -> seen.add(o.getNumber()));
			position = page.nextKey();
			pages++;
		} while (position != null);
		assertThat(seen).hasSize(85).doesNotHaveDuplicates();
		assertThat(pages).isBetween(5, 6);
	}

	private static List<String> names(Filter filter) {
		return template.where(User.class, filter).stream().map(User::getName).toList();
	}
}
