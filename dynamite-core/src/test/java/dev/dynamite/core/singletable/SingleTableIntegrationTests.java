package dev.dynamite.core.singletable;

import java.time.Instant;
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
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers, their orders and notes on the orders in one table: each read of a type is the cheapest request its
 * filter allows (GetItem for a whole key, a Query of a partition with begins_with or a range on the sort key, a Query
 * of an overloaded index) and returns items of that type only.
 */
class SingleTableIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	@BeforeAll
	static void seed() {
		dynamite = LocalDynamoDb.dynamite("singletable", List.of(recorder), Customer.class, ShopOrder.class,
				OrderNote.class);
		template = dynamite.template();
		template.save(new Customer("c1", "Ada", "ada@example.com"));
		template.save(new Customer("c2", "Grace", "grace@example.com"));
		template.save(new Customer("c#1", "Hash", "hash@example.com"));
		for (int i = 0; i < 10; i++) {
			template.save(new ShopOrder("c1", T0.plusSeconds(3600L * i), "o" + i, 100 + i, i % 2 == 0 ? "OPEN" : "SHIPPED"));
			template.save(new OrderNote("c1", T0.plusSeconds(3600L * i), "o" + i, 1, "note on o" + i));
		}
		template.save(new ShopOrder("c2", T0, "p0", 7, "OPEN"));
		template.save(new ShopOrder("c#1", T0, "h0", 9, "OPEN"));
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		recorder.clear();
	}

	@Test
	void itemsCarryTheirComposedKeysTypeAndFields() {
		Map<String, AttributeValue> item = dynamite.client()
			.getItem((get) -> get.tableName(tableName()).key(Map.of("pk", AttributeValue.fromS("CUSTOMER#c1"), "sk",
					AttributeValue.fromS("ORDER#2026-01-01T01:00:00.000000000Z#o1"))))
			.item();

		assertThat(item).containsEntry("_type", AttributeValue.fromS("Order"))
			.containsEntry("gsi1pk", AttributeValue.fromS("ORDER#o1"))
			.containsEntry("gsi1sk", AttributeValue.fromS("ORDER"))
			.containsEntry("gsi2pk", AttributeValue.fromS("STATUS#SHIPPED"))
			.containsEntry("customerId", AttributeValue.fromS("c1"))
			.containsEntry("orderId", AttributeValue.fromS("o1"));
	}

	@Test
	void aFilterOnThePartitionFieldsIsOneQueryWithTheSortPrefixReturningThatTypeOnly() {
		List<ShopOrder> orders = template.where(ShopOrder.class, Filter.where("customerId", "c1"));

		assertThat(orders).extracting(ShopOrder::getOrderId).containsExactly("o0", "o1", "o2", "o3", "o4", "o5", "o6",
				"o7", "o8", "o9");
		assertThat(recorder.names()).containsExactly("Query");
		QueryRequest query = recorder.requests(QueryRequest.class).get(0);
		assertThat(query.indexName()).isNull();
		assertThat(query.keyConditionExpression()).contains("begins_with");
		assertThat(query.expressionAttributeValues()).containsValues(AttributeValue.fromS("CUSTOMER#c1"),
				AttributeValue.fromS("ORDER#"), AttributeValue.fromS("Order"));
	}

	@Test
	void aFilterOnEveryKeyFieldIsOneGetItem() {
		List<ShopOrder> orders = template.where(ShopOrder.class, Filter.where("customerId", "c1")
			.and("orderedAt", T0.plusSeconds(3600 * 3))
			.and("orderId", "o3"));

		assertThat(orders).singleElement().satisfies((order) -> assertThat(order.getTotal()).isEqualTo(103));
		assertThat(recorder.names()).containsExactly("GetItem");
		assertThat(recorder.requests(GetItemRequest.class).get(0).key()).containsExactly(
				Map.entry("pk", AttributeValue.fromS("CUSTOMER#c1")),
				Map.entry("sk", AttributeValue.fromS("ORDER#2026-01-01T03:00:00.000000000Z#o3")));
	}

	@Test
	void findByIdTakesTheKeyFieldsOrTheComposedKeyAndChecksTheType() {
		assertThat(template.findById(Customer.class, Map.of("id", "c1"))).get()
			.extracting(Customer::getName).isEqualTo("Ada");
		assertThat(template.findById(Customer.class, Key.of("CUSTOMER#c2", "PROFILE"))).get()
			.extracting(Customer::getName).isEqualTo("Grace");
		// the key of an order read as a customer: the item is there, but it is no customer
		assertThat(template.findById(Customer.class, Key.of("CUSTOMER#c2", "ORDER#2026-01-01T00:00:00.000000000Z#p0")))
			.isEmpty();
		assertThat(recorder.names()).containsExactly("GetItem", "GetItem", "GetItem");
	}

	@Test
	void aRangeOnTheTemplatedTimestampIsAKeyConditionOnTheSortKeyWithExactBounds() {
		Instant t2 = T0.plusSeconds(3600 * 2);
		Instant t5 = T0.plusSeconds(3600 * 5);
		assertThat(orderIds(Filter.where("customerId", "c1").and("orderedAt").between(t2, t5)))
			.containsExactly("o2", "o3", "o4", "o5");
		assertThat(orderIds(Filter.where("customerId", "c1").and("orderedAt").gt(t5))).containsExactly("o6", "o7", "o8",
				"o9");
		assertThat(orderIds(Filter.where("customerId", "c1").and("orderedAt").ge(t5))).containsExactly("o5", "o6", "o7",
				"o8", "o9");
		assertThat(orderIds(Filter.where("customerId", "c1").and("orderedAt").lt(t2))).containsExactly("o0", "o1");
		assertThat(orderIds(Filter.where("customerId", "c1").and("orderedAt").le(t2))).containsExactly("o0", "o1", "o2");
		assertThat(recorder.names()).containsOnly("Query").hasSize(5);
		assertThat(recorder.requests(QueryRequest.class))
			.allSatisfy((query) -> assertThat(query.keyConditionExpression()).containsAnyOf(" BETWEEN ", " >= ", " < "));
		// the notes of o5 sort between o5 and o6: the key range holds them, the type filter leaves them out
		assertThat(recorder.requests(QueryRequest.class).get(0).expressionAttributeNames()).containsValue("_type");
	}

	@Test
	void theOverloadedIndexAnswersEachTypeWithItsOwnTemplate() {
		List<Customer> customers = template.where(Customer.class, Filter.where("email", "grace@example.com"));
		List<ShopOrder> orders = template.where(ShopOrder.class, Filter.where("orderId", "o4"));
		List<ShopOrder> open = template.where(ShopOrder.class, Filter.where("status", "OPEN")
			.and("orderedAt").ge(T0.plusSeconds(3600 * 4)));

		assertThat(customers).extracting(Customer::getId).containsExactly("c2");
		assertThat(orders).extracting(ShopOrder::getCustomerId).containsExactly("c1");
		assertThat(open).extracting(ShopOrder::getOrderId).containsExactlyInAnyOrder("o4", "o6", "o8");
		assertThat(recorder.requests(QueryRequest.class)).extracting(QueryRequest::indexName)
			.containsExactly("gsi1", "gsi1", "gsi2");
		assertThat(recorder.names()).containsExactly("Query", "Query", "Query");
	}

	@Test
	void aScanOfOneTypeFiltersOnTheDiscriminator() {
		List<Customer> customers = template.where(Customer.class, Filter.all());
		long orders = template.count(ShopOrder.class, Filter.where("total").ge(105));

		assertThat(customers).extracting(Customer::getId).containsExactlyInAnyOrder("c1", "c2", "c#1");
		assertThat(orders).isEqualTo(5);
		assertThat(recorder.names()).containsExactly("Scan", "Scan");
		assertThat(recorder.requests(ScanRequest.class)).allSatisfy((scan) -> assertThat(scan.expressionAttributeNames())
			.containsValue("_type"));
	}

	@Test
	void aHashInsideAValueIsEscapedSoThatNoOtherPartitionMatches() {
		assertThat(template.where(ShopOrder.class, Filter.where("customerId", "c#1")))
			.extracting(ShopOrder::getOrderId).containsExactly("h0");
		assertThat(template.where(ShopOrder.class, Filter.where("customerId", "c")))
			.isEmpty();
		assertThat(recorder.requests(QueryRequest.class).get(0).expressionAttributeValues())
			.containsValue(AttributeValue.fromS("CUSTOMER#c\\#1"));
	}

	@Test
	void updatesRecomposeTheIndexKeysTheyChangeAndLeaveTheTableKeyAlone() {
		template.save(new Customer("c9", "Linus", "old@example.com"));
		Customer linus = template.findById(Customer.class, Map.of("id", "c9")).orElseThrow();

		template.update(linus, Map.of("email", "new@example.com"));

		assertThat(template.where(Customer.class, Filter.where("email", "new@example.com")))
			.extracting(Customer::getId).containsExactly("c9");
		assertThat(template.where(Customer.class, Filter.where("email", "old@example.com"))).isEmpty();
		template.delete(linus);
		assertThat(template.findById(Customer.class, Map.of("id", "c9"))).isEmpty();
	}

	@Test
	void attributesSelectedStillCarryTheKeyFields() {
		List<ShopOrder> orders = template.where(ShopOrder.class, Filter.where("customerId", "c2"),
				QueryOptions.builder().attributes("total").build());

		assertThat(orders).singleElement().satisfies((order) -> {
			assertThat(order.getTotal()).isEqualTo(7);
			assertThat(order.getOrderId()).isEqualTo("p0");
			assertThat(order.getStatus()).isNull();
		});
	}

	private static List<String> orderIds(Filter filter) {
		List<String> ids = new ArrayList<>();
		template.where(ShopOrder.class, filter).forEach((order) -> ids.add(order.getOrderId()));
		return ids;
	}

	private static String tableName() {
		return dynamite.client().listTables().tableNames().stream().filter((name) -> name.endsWith("shop")
				&& name.startsWith("singletable")).findFirst().orElseThrow();
	}
}
