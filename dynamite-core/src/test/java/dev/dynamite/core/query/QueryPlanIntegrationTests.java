package dev.dynamite.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Key;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.model.User;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which DynamoDB requests each read and write sends: the cheapest correct plan.
 */
class QueryPlanIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static final List<String> userIds = new ArrayList<>();

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder().client(LocalDynamoDb.client(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("plans")).tables(User.class, Order.class).build();
		dynamite.sync();
		template = dynamite.template();
		List<Order> orders = new ArrayList<>();
		for (int n = 0; n < 300; n++) {
			orders.add(new Order("c" + (n % 3), n, n % 10 == 0 ? "paid" : "open", n));
		}
		template.saveAll(orders);
		for (int i = 0; i < 120; i++) {
			userIds.add(template.create(new User("u" + i, i + "@example.com", i % 2 == 0 ? "admin" : "customer")).getId());
		}
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void clear() {
		recorder.clear();
	}

	@Test
	void fullKeyEqualityIsOneGetItem() {
		assertThat(template.where(User.class, Filter.where("id", userIds.get(3)))).hasSize(1);
		assertThat(template.findById(Order.class, Key.of("c1", 4))).isPresent();
		assertThat(template.where(Order.class, Filter.where("customer", "c1").and("number", 4),
				QueryOptions.builder().attributes("status").build())).hasSize(1);
		assertThat(recorder.names()).containsExactly("GetItem", "GetItem", "GetItem");
		assertThat(recorder.requests(GetItemRequest.class).get(2).projectionExpression()).isNotBlank();
	}

	@Test
	void partitionKeyInIsOneBatchGetPerHundredKeys() {
		assertThat(template.where(User.class, Filter.where("id", userIds.subList(0, 50)))).hasSize(50);
		assertThat(recorder.names()).containsExactly("BatchGetItem");
		recorder.clear();
		assertThat(template.findAllById(User.class, userIds)).hasSize(120);
		assertThat(recorder.requests(BatchGetItemRequest.class)).hasSize(2);
		assertThat(recorder.names()).containsOnly("BatchGetItem");
	}

	@Test
	void partitionKeyEqualityIsAQueryAndALimitStopsEarly() {
		assertThat(template.where(Order.class, Filter.where("customer", "c2"))).hasSize(100);
		assertThat(recorder.names()).containsExactly("Query");
		recorder.clear();
		assertThat(template.first(Order.class, Filter.where("customer", "c2"))).map(Order::getNumber).contains(2);
		assertThat(template.last(Order.class, Filter.where("customer", "c2"))).map(Order::getNumber).contains(299);
		List<QueryRequest> queries = recorder.requests(QueryRequest.class);
		assertThat(queries).hasSize(2);
		assertThat(queries.get(0).limit()).isEqualTo(1);
		assertThat(queries.get(0).scanIndexForward()).isTrue();
		assertThat(queries.get(1).scanIndexForward()).isFalse();
		recorder.clear();
		assertThat(template.where(Order.class, Filter.where("customer", "c0"), QueryOptions.builder().skip(5).limit(10).build()))
			.extracting(Order::getNumber).containsExactly(15, 18, 21, 24, 27, 30, 33, 36, 39, 42);
		assertThat(recorder.requests(QueryRequest.class)).singleElement().satisfies(q -> assertThat(q.limit()).isEqualTo(15));
	}

	@Test
	void otherConditionsBecomeAFilterExpressionWithPlaceholders() {
		assertThat(template.where(Order.class, Filter.where("customer", "c0").and("comment").notExists().and("size").notExists()))
			.hasSize(100);
		QueryRequest query = recorder.requests(QueryRequest.class).get(0);
		assertThat(query.keyConditionExpression()).isEqualTo("#n0 = :v0");
		assertThat(query.filterExpression()).contains("attribute_not_exists(#n1)").doesNotContain("comment").doesNotContain("size");
		assertThat(query.expressionAttributeNames()).containsValues("customer", "comment", "size");
	}

	@Test
	void gsiEqualityIsAQueryOnTheIndex() {
		assertThat(template.where(Order.class, Filter.where("status", "paid"))).hasSize(30);
		QueryRequest query = recorder.requests(QueryRequest.class).get(0);
		assertThat(recorder.names()).containsExactly("Query");
		assertThat(query.indexName()).isEqualTo("by_status");
		recorder.clear();
		assertThat(template.where(Order.class, Filter.where("status", "paid").and("total").lt(50),
				QueryOptions.builder().order(org.springframework.data.domain.Sort.Direction.DESC).build()))
			.extracting(Order::getTotal).containsExactly(40L, 30L, 20L, 10L, 0L);
		QueryRequest ranged = recorder.requests(QueryRequest.class).get(0);
		assertThat(ranged.keyConditionExpression()).contains("<");
		assertThat(ranged.scanIndexForward()).isFalse();
	}

	@Test
	void onlyTheNoKeyNoIndexCaseScans() {
		assertThat(template.where(User.class, Filter.where("role", "admin"))).hasSize(60);
		assertThat(recorder.names()).containsExactly("Scan");
		assertThat(recorder.requests(ScanRequest.class).get(0).filterExpression()).isEqualTo("#n0 = :v0");
	}

	@Test
	void countOnAQueryPathUsesSelectCount() {
		assertThat(template.count(Order.class, Filter.where("customer", "c1").and("status", "paid"))).isEqualTo(10);
		assertThat(recorder.requests(QueryRequest.class)).singleElement()
			.satisfies(q -> assertThat(q.select()).isEqualTo(Select.COUNT));
	}

	@Test
	void updateByFilterReadsKeysOnlyAndNeverPutsWholeItems() {
		assertThat(template.update(Order.class, Map.of("comment", "checked"), Filter.where("customer", "c1").and("number").lt(10)))
			.isEqualTo(3);
		assertThat(recorder.names()).containsExactly("Query", "UpdateItem", "UpdateItem", "UpdateItem");
		assertThat(recorder.requests(QueryRequest.class).get(0).projectionExpression()).isEqualTo("#n0, #n1");
		assertThat(recorder.requests(UpdateItemRequest.class).get(0).updateExpression()).startsWith("SET ");
		assertThat(recorder.requests(UpdateItemRequest.class).get(0).conditionExpression()).startsWith("attribute_exists(");
	}

	@Test
	void deleteByFilterSendsOneBatchWritePerTwentyFiveKeys() {
		List<Order> orders = new ArrayList<>();
		for (int n = 0; n < 60; n++) {
			orders.add(new Order("gone", n, "open", n));
		}
		template.saveAll(orders);
		assertThat(recorder.names()).containsExactly("BatchWriteItem", "BatchWriteItem", "BatchWriteItem");
		recorder.clear();
		assertThat(template.delete(Order.class, Filter.where("customer", "gone"))).isEqualTo(60);
		assertThat(recorder.names()).containsExactly("Query", "BatchWriteItem", "BatchWriteItem", "BatchWriteItem");
	}
}
