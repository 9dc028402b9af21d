package dev.dynamite.core.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.dynamite.core.Filter;
import dev.dynamite.core.Key;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.model.Document;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.model.User;
import dev.dynamite.mapping.DynamiteMappingContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which write the planner chooses, without a database. */
class WritePlannerTests {

	private final DynamiteConverter converter = new DynamiteConverter(new DynamiteMappingContext());

	private final WritePlanner planner = new WritePlanner(this.converter, new QueryPlanner(this.converter));

	@Test
	void createIsAPutConditionalOnTheItemsAbsence() {
		User user = new User("Ann", "ann@x");
		WritePlan.Put put = this.planner.put(this.planner.prepare(user, true), true);
		assertThat(put.mustNotExist()).isTrue();
		assertThat(put.onFailure().kind()).isEqualTo(WritePlan.ConditionFailure.DUPLICATE_KEY);
		assertThat(put.onFailure().message().get()).contains("User").contains(user.getId());
		assertThat(put.item()).containsKeys("id", "name", "role", "created_at");
	}

	@Test
	void saveIsAnUnconditionalPutUnlessTheEntityIsVersioned() {
		User user = new User("Ann", "ann@x");
		user.setId("u1");
		assertThat(this.planner.put(this.planner.prepare(user, false), false).mustNotExist()).isFalse();
		Document stored = new Document("d1", "Draft");
		stored.setVersion(3L);
		WritePlan.Put versioned = this.planner.put(this.planner.prepare(stored, false), false);
		assertThat(versioned.expectedVersion()).isEqualTo(3L);
		assertThat(versioned.versionAttribute()).isEqualTo("version");
		assertThat(versioned.item().get("version").n()).isEqualTo("4");
		assertThat(versioned.onFailure().kind()).isEqualTo(WritePlan.ConditionFailure.STALE_VERSION);
	}

	@Test
	void saveAllBatchesUnversionedEntitiesOnceEachAndPutsVersionedOnesOneByOne() {
		User first = new User("Ann", "a@x");
		first.setId("u1");
		User again = new User("Ann again", "a@x");
		again.setId("u1");
		User other = new User("Bob", "b@x");
		other.setId("u2");
		Document document = new Document("d1", "Draft");
		WritePlan plan = this.planner.saveAll(List.of(this.planner.prepare(first, false), this.planner.prepare(other, false),
				this.planner.prepare(again, false), this.planner.prepare(document, false)));
		assertThat(plan).isInstanceOf(WritePlan.Each.class);
		List<WritePlan> writes = ((WritePlan.Each) plan).writes();
		assertThat(writes).hasSize(2);
		WritePlan.BatchWrite batch = (WritePlan.BatchWrite) writes.get(0);
		assertThat(batch.writes()).extracting(e -> e.attributes().get("id").s()).containsExactly("u2", "u1");
		assertThat(batch.writes().get(1).attributes().get("name").s()).isEqualTo("Ann again");
		assertThat(((WritePlan.Put) writes.get(1)).mustNotExist()).isTrue();
	}

	@Test
	void anUpdateByFullKeyGoesStraightToTheItemAndOtherFiltersReadTheKeysFirst() {
		WritePlan byKey = this.planner.updateMatching(User.class, Map.of("name", "Z"), Filter.where("id", "u1"));
		assertThat(byKey).isInstanceOf(WritePlan.Update.class);
		WritePlan.Update update = (WritePlan.Update) byKey;
		assertThat(update.onFailure().kind()).isEqualTo(WritePlan.ConditionFailure.SKIP);
		assertThat(update.changes()).containsKeys("name", "updated_at");
		WritePlan byRole = this.planner.updateMatching(User.class, Map.of("name", "Z"), Filter.where("role", "admin"));
		assertThat(byRole).isInstanceOf(WritePlan.ForMatches.class);
		WritePlan.ForMatches matches = (WritePlan.ForMatches) byRole;
		assertThat(matches.targets().operation()).isInstanceOf(ReadPlan.Scan.class);
		assertThat(matches.targets().projection()).containsExactly("id");
		Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("u7"));
		WritePlan.Each each = (WritePlan.Each) matches.writes().apply(List.of(key));
		assertThat(((WritePlan.Update) each.writes().get(0)).key()).isEqualTo(key);
	}

	@Test
	void aNullChangeIsARemoveButNeverForAFieldEveryItemHas() {
		WritePlan.Update update = (WritePlan.Update) this.planner.updateMatching(User.class,
				java.util.Collections.singletonMap("name", null), Filter.where("id", "u1"));
		assertThat(update.changes()).containsEntry("name", null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.planner.updateMatching(User.class,
				java.util.Collections.singletonMap("role", null), Filter.where("id", "u1")))
			.withMessageContaining("role").withMessageContaining("User");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.planner.updateMatching(User.class, Map.of("id", "x"), Filter.all()))
			.withMessageContaining("key field 'id'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.planner.update(new Document("d1", "t"), Map.of("version", 9)))
			.withMessageContaining("@Version");
	}

	@Test
	void anEntityUpdateIsConditionalOnItsVersionOrItsExistence() {
		Document document = new Document("d1", "Draft");
		document.setVersion(2L);
		WritePlan.Update versioned = this.planner.update(document, Map.of("title", "Final"));
		assertThat(versioned.expectedVersion()).isEqualTo(2L);
		assertThat(versioned.returnNew()).isTrue();
		assertThat(versioned.onFailure().kind()).isEqualTo(WritePlan.ConditionFailure.STALE_VERSION);
		assertThat(versioned.changes()).containsKey("doc_title");
		User user = new User("Ann", "a@x");
		user.setId("u1");
		assertThat(this.planner.update(user, Map.of("name", "B")).onFailure().kind())
			.isEqualTo(WritePlan.ConditionFailure.MISSING_ITEM);
	}

	@Test
	void aDeleteByFullKeyIsOneDeleteItemThatCountsWhatItRemoved() {
		WritePlan byKey = this.planner.deleteMatching(Order.class, Filter.where("customer", "c1").and("number", 3));
		assertThat(byKey).isInstanceOf(WritePlan.Delete.class);
		assertThat(((WritePlan.Delete) byKey).returnOld()).isTrue();
		WritePlan byPartition = this.planner.deleteMatching(Order.class, Filter.where("customer", "c1"));
		WritePlan.ForMatches matches = (WritePlan.ForMatches) byPartition;
		assertThat(matches.targets().operation()).isInstanceOf(ReadPlan.Query.class);
		WritePlan.BatchWrite batch = (WritePlan.BatchWrite) matches.writes()
			.apply(List.of(Map.of("customer", AttributeValue.fromS("c1"), "number", AttributeValue.fromN("1"))));
		assertThat(batch.writes()).allMatch(WritePlan.BatchEntry::delete);
	}

	@Test
	void deleteAllByIdDeletesEachKeyOnceWithoutReading() {
		WritePlan.BatchWrite batch = (WritePlan.BatchWrite) this.planner.deleteAllById(Order.class,
				List.of(Key.of("c1", 1), Key.of("c1", 1), Key.of("c1", 2)));
		assertThat(batch.writes()).hasSize(2);
	}

	@Test
	void deleteAllKeepsVersionedEntitiesConditional() {
		User user = new User("Ann", "a@x");
		user.setId("u1");
		Document document = new Document("d1", "t");
		document.setVersion(5L);
		WritePlan.Each each = (WritePlan.Each) this.planner.deleteAll(List.of(user, document));
		assertThat(each.writes().get(0)).isInstanceOf(WritePlan.BatchWrite.class);
		WritePlan.Delete delete = (WritePlan.Delete) each.writes().get(1);
		assertThat(delete.expectedVersion()).isEqualTo(5L);
		assertThat(delete.onFailure().kind()).isEqualTo(WritePlan.ConditionFailure.STALE_VERSION);
	}

	@Test
	void aTransactionHoldsAtMostOneHundredActionsAndEachItemOnce() {
		List<WritePlan> actions = IntStream.range(0, 101)
			.mapToObj(i -> (WritePlan) this.planner.deleteById(User.class, "u" + i))
			.toList();
		assertThatIllegalArgumentException().isThrownBy(() -> this.planner.transaction(actions))
			.withMessageContaining("101");
		TransactionBuilder builder = new TransactionBuilder(this.planner);
		builder.delete(User.class, "u1");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.delete(User.class, "u1"))
			.withMessageContaining("action 1");
	}

	@Test
	void aStatementGetsItsTableAndTypedParameters() {
		WritePlan.Statement statement = this.planner.statement(Order.class,
				"SELECT * FROM {table} WHERE customer = ? AND total > ?", List.of("c1", 10), QueryOptions.none());
		assertThat(statement.statement()).isEqualTo("SELECT * FROM \"orders\" WHERE customer = ? AND total > ?");
		assertThat(statement.parameters()).containsExactly(AttributeValue.fromS("c1"), AttributeValue.fromN("10"));
	}
}
