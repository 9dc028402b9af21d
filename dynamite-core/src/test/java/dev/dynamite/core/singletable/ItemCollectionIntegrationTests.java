package dev.dynamite.core.singletable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.ItemCollection;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An item collection: a customer's partition (the customer, 50 orders, notes on some) read in one Query and each
 * item mapped to its class by its type, on the sync and on the async template.
 */
@ParameterizedClass
@EnumSource(Api.class)
class ItemCollectionIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void seed() {
		dynamite = LocalDynamoDb.dynamite("collection", List.of(recorder), Customer.class, ShopOrder.class,
				OrderNote.class);
		DynamiteOperations template = dynamite.template();
		template.save(new Customer("c1", "Ada", "ada@example.com"));
		for (int i = 0; i < 50; i++) {
			template.save(new ShopOrder("c1", T0.plusSeconds(60L * i), "o" + i, i, "OPEN"));
		}
		for (int i = 0; i < 5; i++) {
			template.save(new OrderNote("c1", T0.plusSeconds(60L * i), "o" + i, 1, "gift wrap"));
		}
		template.save(new Customer("c2", "Grace", "grace@example.com"));
		template.save(new ShopOrder("c2", T0, "x1", 1, "OPEN"));
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		this.template = this.api.operations(dynamite);
		recorder.clear();
	}

	@Test
	void aCustomerAnd50OrdersAreOneQueryMappedByType() {
		ItemCollection collection = this.template.collection(Customer.class, Map.of("id", "c1"));

		assertThat(recorder.names()).containsExactly("Query");
		QueryRequest query = recorder.requests(QueryRequest.class).get(0);
		assertThat(query.filterExpression()).isNull();
		assertThat(query.expressionAttributeValues()).containsValue(AttributeValue.fromS("CUSTOMER#c1"));
		assertThat(collection.first(Customer.class)).get().extracting(Customer::getName).isEqualTo("Ada");
		assertThat(collection.list(ShopOrder.class)).hasSize(50)
			.allSatisfy((order) -> assertThat(order.getCustomerId()).isEqualTo("c1"));
		assertThat(collection.list(ShopOrder.class).get(0).getOrderId()).isEqualTo("o0");
		assertThat(collection.list(OrderNote.class)).hasSize(5);
		assertThat(collection.all()).hasSize(56);
		assertThat(collection.unmapped()).isEmpty();
	}

	@Test
	void theCollectionOfAnOrderTypeNamesTheSamePartition() {
		ItemCollection collection = this.template.collection(ShopOrder.class, Map.of("customerId", "c2"));

		assertThat(collection.list(ShopOrder.class)).extracting(ShopOrder::getOrderId).containsExactly("x1");
		assertThat(collection.first(Customer.class)).get().extracting(Customer::getId).isEqualTo("c2");
		assertThat(collection.first(OrderNote.class)).isEmpty();
	}

	@Test
	void itemsOfATypeNoEntityMapsAreKeptApartNotDropped() {
		String table = dynamite.client().listTables().tableNames().stream()
			.filter((name) -> name.startsWith("collection") && name.endsWith("shop")).findFirst().orElseThrow();
		dynamite.client().putItem((put) -> put.tableName(table).item(Map.of("pk", AttributeValue.fromS("CUSTOMER#c3"),
				"sk", AttributeValue.fromS("LEGACY#1"), "_type", AttributeValue.fromS("Legacy"))));
		this.template.save(new Customer("c3", "Linus", "linus@example.com"));

		ItemCollection collection = this.template.collection(Customer.class, Map.of("id", "c3"));

		assertThat(collection.all()).hasSize(1);
		assertThat(collection.unmapped()).singleElement()
			.satisfies((item) -> assertThat(item).containsEntry("_type", AttributeValue.fromS("Legacy")));
		// a read of one type never sees the other type's item
		assertThat(this.template.where(Customer.class, Filter.where("id", "c3"))).hasSize(1);
	}

	@Test
	void aMissingOrForeignPartitionFieldIsRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.collection(Customer.class, Map.of()))
			.withMessageContaining("Entity Customer: field 'id' is null, but the key template 'CUSTOMER#{id}' needs it");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.collection(Customer.class, Map.of("id", "c1", "email", "x")))
			.withMessageContaining("Field 'email' of entity Customer is not in its partition template 'CUSTOMER#{id}'");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.collection(Customer.class, Map.of("nope", 1)))
			.withMessageContaining("Unknown field 'nope' on entity Customer");
		assertThat(recorder.names()).isEmpty();
	}
}
