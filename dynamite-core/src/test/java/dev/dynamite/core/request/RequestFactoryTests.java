package dev.dynamite.core.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.model.Document;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.model.User;
import dev.dynamite.core.plan.QueryPlanner;
import dev.dynamite.core.plan.ReadPlan;
import dev.dynamite.core.plan.WritePlan;
import dev.dynamite.core.plan.WritePlanner;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** How every plan is rendered into SDK requests, without a database. */
class RequestFactoryTests {

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private final DynamiteConverter converter = new DynamiteConverter(this.context);

	private final QueryPlanner reads = new QueryPlanner(this.converter);

	private final WritePlanner writes = new WritePlanner(this.converter, this.reads);

	private DynamitePersistentEntity<?> entity(Class<?> type) {
		return this.context.getRequiredPersistentEntity(type);
	}

	/** The expression with each placeholder replaced by the name or value it stands for. */
	private static String resolved(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
		String text = expression;
		if (names != null) {
			for (Map.Entry<String, String> name : names.entrySet()) {
				text = text.replace(name.getKey(), name.getValue());
			}
		}
		if (values != null) {
			for (Map.Entry<String, AttributeValue> value : values.entrySet()) {
				AttributeValue v = value.getValue();
				text = text.replace(value.getKey(), v.s() != null ? "'" + v.s() + "'" : v.n() != null ? v.n() : v.toString());
			}
		}
		return text;
	}

	@Test
	void aCreateIsAPutConditionalOnTheAbsenceOfThePartitionKey() {
		User user = new User("Ann", "a@x");
		user.setId("u1");
		PutItemRequest put = RequestFactory.put(this.writes.put(this.writes.prepare(user, true), true));
		assertThat(put.tableName()).isEqualTo("users");
		assertThat(resolved(put.conditionExpression(), put.expressionAttributeNames(), put.expressionAttributeValues()))
			.isEqualTo("attribute_not_exists(id)");
		assertThat(put.item().get("id").s()).isEqualTo("u1");
	}

	@Test
	void aVersionedPutIsConditionalOnTheVersionRead() {
		Document document = new Document("d1", "t");
		document.setVersion(7L);
		PutItemRequest put = RequestFactory.put(this.writes.put(this.writes.prepare(document, false), false));
		assertThat(resolved(put.conditionExpression(), put.expressionAttributeNames(), put.expressionAttributeValues()))
			.isEqualTo("version = 7");
	}

	@Test
	void anUnconditionalPutHasNoExpressionAtAll() {
		User user = new User("Ann", "a@x");
		user.setId("u1");
		PutItemRequest put = RequestFactory.put(this.writes.put(this.writes.prepare(user, false), false));
		assertThat(put.conditionExpression()).isNull();
		assertThat(put.hasExpressionAttributeNames()).isFalse();
		assertThat(put.hasExpressionAttributeValues()).isFalse();
	}

	@Test
	void anUpdateSetsAndRemovesOnlyTheChangesAndAdvancesTheVersion() {
		Map<String, AttributeValue> changes = new LinkedHashMap<>();
		changes.put("doc_title", AttributeValue.fromS("Final"));
		changes.put("body", null);
		WritePlan.Update update = new WritePlan.Update(entity(Document.class), Map.of("id", AttributeValue.fromS("d1")),
				changes, "version", 4L, true, WritePlan.OnConditionFailure.SKIPPED);
		UpdateItemRequest request = RequestFactory.update(update);
		Map<String, String> names = request.expressionAttributeNames();
		Map<String, AttributeValue> values = request.expressionAttributeValues();
		assertThat(resolved(request.updateExpression(), names, values))
			.isEqualTo("SET doc_title = 'Final', version = 5 REMOVE body");
		assertThat(resolved(request.conditionExpression(), names, values)).isEqualTo("attribute_exists(id) AND version = 4");
		assertThat(request.returnValues()).isEqualTo(ReturnValue.ALL_NEW);
		// every name and value is a placeholder
		assertThat(request.updateExpression()).doesNotContain("doc_title").doesNotContain("Final");
	}

	@Test
	void anUpdateWithoutAKnownVersionAdvancesWhateverIsStored() {
		WritePlan.Update update = new WritePlan.Update(entity(Document.class), Map.of("id", AttributeValue.fromS("d1")),
				Map.of("body", AttributeValue.fromS("x")), "version", null, false, WritePlan.OnConditionFailure.SKIPPED);
		UpdateItemRequest request = RequestFactory.update(update);
		assertThat(resolved(request.updateExpression(), request.expressionAttributeNames(),
				request.expressionAttributeValues())).isEqualTo("SET body = 'x', version = if_not_exists(version, 0) + 1");
		assertThat(request.returnValues()).isEqualTo(ReturnValue.NONE);
	}

	@Test
	void aDeleteIsConditionalOnlyWithAVersionAndReturnsTheOldItemWhenItCounts() {
		DeleteItemRequest counted = RequestFactory.delete((WritePlan.Delete) this.writes.deleteMatching(User.class,
				Filter.where("id", "u1")));
		assertThat(counted.returnValues()).isEqualTo(ReturnValue.ALL_OLD);
		assertThat(counted.conditionExpression()).isNull();
		Document document = new Document("d1", "t");
		document.setVersion(2L);
		DeleteItemRequest versioned = RequestFactory.delete(this.writes.delete(document));
		assertThat(resolved(versioned.conditionExpression(), versioned.expressionAttributeNames(),
				versioned.expressionAttributeValues())).isEqualTo("version = 2");
	}

	@Test
	void aBatchBecomesPutAndDeleteRequestsInOrder() {
		Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("u1"), "name", AttributeValue.fromS("A"));
		Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("u2"));
		List<WriteRequest> requests = RequestFactory.writeRequests(new WritePlan.BatchWrite("users",
				List.of(new WritePlan.BatchEntry(false, item), new WritePlan.BatchEntry(true, key))));
		assertThat(requests.get(0).putRequest().item()).isEqualTo(item);
		assertThat(requests.get(1).deleteRequest().key()).isEqualTo(key);
		assertThat(RequestFactory.batchWrite("users", requests).requestItems()).containsOnlyKeys("users");
	}

	@Test
	void aTransactionRendersEachActionWithItsCondition() {
		User user = new User("Ann", "a@x");
		user.setId("u1");
		WritePlan.Transaction transaction = this.writes.transaction(List.of(
				this.writes.put(this.writes.prepare(user, true), true), this.writes.deleteById(Order.class,
						dev.dynamite.core.Key.of("c1", 1))));
		TransactWriteItemsRequest request = RequestFactory.transaction(transaction);
		assertThat(request.transactItems()).hasSize(2);
		assertThat(request.transactItems().get(0).put().conditionExpression()).startsWith("attribute_not_exists(");
		assertThat(request.transactItems().get(1).delete().key()).containsKeys("customer", "number");
	}

	@Test
	void aQueryHasItsKeyConditionFilterProjectionAndOrder() {
		ReadPlan plan = this.reads.plan(entity(Order.class), Filter.where("customer", "c1").and("number").gt(2)
			.and("comment", "x"), QueryOptions.builder().attributes("total").order(org.springframework.data.domain.Sort.Direction.DESC).build());
		ReadPlan.Query query = (ReadPlan.Query) plan.operation();
		QueryRequest request = RequestFactory.query(plan, query, query.partitionValues().get(0), null, false);
		Map<String, String> names = request.expressionAttributeNames();
		Map<String, AttributeValue> values = request.expressionAttributeValues();
		assertThat(resolved(request.keyConditionExpression(), names, values)).isEqualTo("customer = 'c1' AND number > 2");
		assertThat(resolved(request.filterExpression(), names, values)).isEqualTo("comment = 'x'");
		assertThat(resolved(request.projectionExpression(), names, values)).contains("total", "customer", "number");
		assertThat(request.scanIndexForward()).isFalse();
		QueryRequest count = RequestFactory.query(plan, query, query.partitionValues().get(0), null, true);
		assertThat(count.select()).isEqualTo(Select.COUNT);
		assertThat(count.projectionExpression()).isNull();
	}

	@Test
	void aScanContinuesAfterItsStartKeyWithItsFilter() {
		ReadPlan plan = this.reads.plan(entity(User.class), Filter.where("name").beginsWith("A"), QueryOptions.none());
		Map<String, AttributeValue> start = Map.of("id", AttributeValue.fromS("u9"));
		ScanRequest request = RequestFactory.scan(plan, (ReadPlan.Scan) plan.operation(), start, false);
		assertThat(request.exclusiveStartKey()).isEqualTo(start);
		assertThat(resolved(request.filterExpression(), request.expressionAttributeNames(),
				request.expressionAttributeValues())).isEqualTo("begins_with(name, 'A')");
	}

	@Test
	void aStatementCarriesItsParametersAndNextToken() {
		WritePlan.Statement statement = this.writes.statement(User.class, "SELECT * FROM {table} WHERE id = ?",
				List.of("u1"), QueryOptions.builder().consistentRead(true).build());
		var request = RequestFactory.statement(statement, "token");
		assertThat(request.statement()).isEqualTo("SELECT * FROM \"users\" WHERE id = ?");
		assertThat(request.parameters()).containsExactly(AttributeValue.fromS("u1"));
		assertThat(request.nextToken()).isEqualTo("token");
		assertThat(request.consistentRead()).isTrue();
	}
}
